# esperado: incompleto
# A medias: Join(timeout=duracion) justo: si un hilo se retrasa un poco, el join vuelve sin que haya terminado.
import threading
import time


def procesar_solicitud(request_id, duracion=3):
    print(f"Procesando solicitud {request_id}")
    time.sleep(duracion)
    print(f"Solicitud {request_id} completada")


def main(n_solicitudes=3, duracion=3):
    hilos = []
    inicio = time.monotonic()
    for i in range(n_solicitudes):
        hilo = threading.Thread(target=procesar_solicitud, args=(i, duracion))
        hilos.append(hilo)
        hilo.start()
    for hilo in hilos:
        hilo.join(timeout=max(0.0, inicio + duracion + 0.1 - time.monotonic()))
    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
