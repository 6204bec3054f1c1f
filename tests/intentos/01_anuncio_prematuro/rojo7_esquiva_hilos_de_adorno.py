# esperado: sin_concurrencia
# Esquiva: los hilos no hacen nada; main escribe los textos con una sola espera.
import threading
import time


def procesar_solicitud(request_id, duracion=3):
    pass


def main(n_solicitudes=3, duracion=3):
    hilos = [threading.Thread(target=procesar_solicitud, args=(i, duracion)) for i in range(n_solicitudes)]
    for hilo in hilos:
        hilo.start()
    for i in range(n_solicitudes):
        print(f"Procesando solicitud {i}")
    time.sleep(duracion)
    for i in range(n_solicitudes):
        print(f"Solicitud {i} completada")
    for hilo in hilos:
        hilo.join()
    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
