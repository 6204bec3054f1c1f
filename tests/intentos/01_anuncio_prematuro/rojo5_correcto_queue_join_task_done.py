# esperado: aprobado
# Arreglo correcto: Un hilo por solicitud toma su tarea de una cola; main espera con cola.join().
import queue
import threading
import time


def procesar_solicitud(request_id, duracion=3):
    print(f"Procesando solicitud {request_id}")
    time.sleep(duracion)
    print(f"Solicitud {request_id} completada")


def trabajador(cola):
    request_id, duracion = cola.get()
    try:
        procesar_solicitud(request_id, duracion)
    finally:
        cola.task_done()


def main(n_solicitudes=3, duracion=3):
    cola = queue.Queue()
    for i in range(n_solicitudes):
        cola.put((i, duracion))
    for _ in range(n_solicitudes):
        threading.Thread(target=trabajador, args=(cola,)).start()
    cola.join()
    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
