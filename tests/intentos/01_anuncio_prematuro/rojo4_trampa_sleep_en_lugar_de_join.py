# esperado: incompleto
# Esquiva: Un sleep un poco más largo que la duración en vez de join: falla si un hilo se retrasa.
import threading
import time


def procesar_solicitud(request_id, duracion=3):
    print(f"Procesando solicitud {request_id}")
    time.sleep(duracion)
    print(f"Solicitud {request_id} completada")


def main(n_solicitudes=3, duracion=3):
    for i in range(n_solicitudes):
        threading.Thread(target=procesar_solicitud, args=(i, duracion)).start()
    time.sleep(duracion * 1.5 + 1)
    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
