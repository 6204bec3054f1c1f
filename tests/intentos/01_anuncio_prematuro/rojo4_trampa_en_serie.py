# esperado: sin_concurrencia
# Esquiva: Start(); join() dentro del bucle: las solicitudes van una detrás de otra.
import threading
import time


def procesar_solicitud(request_id, duracion=3):
    print(f"Procesando solicitud {request_id}")
    time.sleep(duracion)
    print(f"Solicitud {request_id} completada")


def main(n_solicitudes=3, duracion=3):
    for i in range(n_solicitudes):
        hilo = threading.Thread(target=procesar_solicitud, args=(i, duracion))
        hilo.start()
        hilo.join()
    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
