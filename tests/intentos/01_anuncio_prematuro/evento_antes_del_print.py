# esperado: incompleto
# A medias: un Event por solicitud, pero se pone ANTES de escribir «completada»; si el hilo se detiene entre set() y print(), main despierta y anuncia el final antes de esa línea.
import threading
import time


def procesar_solicitud(request_id, duracion, hecho):
    print(f"Procesando solicitud {request_id}")
    time.sleep(duracion)
    hecho.set()
    print(f"Solicitud {request_id} completada")


def main(n_solicitudes=3, duracion=3):
    eventos = []
    for i in range(n_solicitudes):
        e = threading.Event()
        eventos.append(e)
        threading.Thread(target=procesar_solicitud, args=(i, duracion, e)).start()
    for e in eventos:
        e.wait()
    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
