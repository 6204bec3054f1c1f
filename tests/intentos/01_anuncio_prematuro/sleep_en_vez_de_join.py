# esperado: incompleto
# Esquiva: time.sleep(duracion + 0.5) en vez de join; si un hilo se retrasa más de 0.5 s el anuncio llega antes.
import threading
import time


def procesar_solicitud(request_id, duracion=3):
    print(f"Procesando solicitud {request_id}")
    time.sleep(duracion)
    print(f"Solicitud {request_id} completada")


def main(n_solicitudes=3, duracion=3):
    for i in range(n_solicitudes):
        threading.Thread(target=procesar_solicitud, args=(i, duracion)).start()
    time.sleep(duracion + 0.5)
    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
