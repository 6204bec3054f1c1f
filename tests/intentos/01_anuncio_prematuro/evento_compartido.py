# esperado: incompleto
# Medio arreglo: un único Event que activa el primer hilo que acaba; main no espera a los demás.
import threading
import time


def procesar_solicitud(request_id, duracion=3):
    print(f"Procesando solicitud {request_id}")
    time.sleep(duracion)
    print(f"Solicitud {request_id} completada")


def main(n_solicitudes=3, duracion=3):
    listo = threading.Event()

    def atender(i):
        procesar_solicitud(i, duracion)
        listo.set()

    for i in range(n_solicitudes):
        threading.Thread(target=atender, args=(i,)).start()
    listo.wait()
    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
