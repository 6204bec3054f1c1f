# esperado: aprobado
# Correcto: cada hilo suelta un semáforo después de escribir su «completada» y main lo adquiere n veces antes del anuncio, así que el anuncio siempre llega el último.
import threading
import time


def procesar_solicitud(request_id, duracion=3, terminado=None):
    try:
        print(f"Procesando solicitud {request_id}")
        time.sleep(duracion)
        print(f"Solicitud {request_id} completada")
    finally:
        if terminado is not None:
            terminado.release()


def main(n_solicitudes=3, duracion=3):
    terminado = threading.Semaphore(0)
    hilos = []
    for i in range(n_solicitudes):
        hilo = threading.Thread(target=procesar_solicitud, args=(i, duracion, terminado))
        hilos.append(hilo)
        hilo.start()

    for _ in range(n_solicitudes):
        terminado.acquire()

    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
