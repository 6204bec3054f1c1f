# esperado: incompleto
# A medias: Un único Event que pone el primer hilo en terminar; main solo espera a ese.
import threading
import time


def procesar_solicitud(request_id, duracion, listo):
    print(f"Procesando solicitud {request_id}")
    time.sleep(duracion)
    print(f"Solicitud {request_id} completada")
    listo.set()


def main(n_solicitudes=3, duracion=3):
    listo = threading.Event()
    for i in range(n_solicitudes):
        threading.Thread(target=procesar_solicitud, args=(i, duracion, listo)).start()
    if n_solicitudes:
        listo.wait()
    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
