# esperado: incompleto
# Media reparación: solo espera al último hilo arrancado; si otro hilo termina después que el último (p.ej. el planificador retrasa el hilo 0), el anuncio sale antes que su "completada".
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

    # el último en arrancar será el último en acabar... ¿no?
    if hilos:
        hilos[-1].join()

    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
