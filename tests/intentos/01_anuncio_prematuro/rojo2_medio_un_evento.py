# esperado: incompleto
# Media reparación: un único Event que pone el primer hilo que acaba;
# main despierta en cuanto termina UNA solicitud, no todas.
import threading
import time

hecho = threading.Event()


def procesar_solicitud(request_id, duracion=3):
    print(f"Procesando solicitud {request_id}")
    time.sleep(duracion)
    print(f"Solicitud {request_id} completada")
    hecho.set()


def main(n_solicitudes=3, duracion=3):
    hecho.clear()
    for i in range(n_solicitudes):
        threading.Thread(target=procesar_solicitud, args=(i, duracion)).start()
    hecho.wait()
    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
