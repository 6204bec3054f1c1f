# esperado: incompleto
# A medias: Join con un plazo común de duracion + 1 s y ningún join() sin plazo después. Si un hilo arranca o despierta más de 1 s tarde (máquina cargada), el plazo vence y se anuncia con solicitudes en marcha.
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
    limite = time.monotonic() + duracion + 1
    for hilo in hilos:
        hilo.join(max(0.0, limite - time.monotonic()))
    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
