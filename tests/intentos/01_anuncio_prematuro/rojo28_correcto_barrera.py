# esperado: aprobado
# Arreglo correcto: una Barrier de n+1 participantes; cada hilo llega tras escribir su «completada» y main solo anuncia cuando han llegado todos.
import threading
import time


def procesar_solicitud(request_id, duracion=3, barrera=None):
    try:
        print(f"Procesando solicitud {request_id}")
        time.sleep(duracion)
        print(f"Solicitud {request_id} completada")
    finally:
        if barrera is not None:
            barrera.wait()


def main(n_solicitudes=3, duracion=3):
    barrera = threading.Barrier(n_solicitudes + 1)
    hilos = []
    for i in range(n_solicitudes):
        hilo = threading.Thread(target=procesar_solicitud, args=(i, duracion, barrera))
        hilos.append(hilo)
        hilo.start()

    barrera.wait()  # main es el participante número n+1: no pasa hasta que llegan todos
    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
