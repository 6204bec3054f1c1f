# esperado: incompleto
# A medias: Se espera a todos los hilos menos al último; si el último se retrasa, el anuncio sale antes.
import threading
import time


def procesar_solicitud(request_id, duracion=3):
    print(f"Procesando solicitud {request_id}")
    time.sleep(duracion)
    print(f"Solicitud {request_id} completada")


def main(n_solicitudes=3, duracion=3):
    hilos = []
    for i in range(n_solicitudes):
        hilo = threading.Thread(target=procesar_solicitud, args=(i, duracion))
        hilos.append(hilo)
        hilo.start()
    for hilo in hilos[:-1]:
        hilo.join()
    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
