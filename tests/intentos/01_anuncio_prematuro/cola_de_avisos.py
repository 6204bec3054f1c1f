# esperado: aprobado
# Arreglo correcto: cada hilo deja un aviso en una Queue al terminar; main recoge n avisos.
import threading
import time


def procesar_solicitud(request_id, duracion=3):
    print(f"Procesando solicitud {request_id}")
    time.sleep(duracion)
    print(f"Solicitud {request_id} completada")


def main(n_solicitudes=3, duracion=3):
    import queue

    avisos = queue.Queue()

    def atender(i):
        try:
            procesar_solicitud(i, duracion)
        finally:
            avisos.put(i)

    for i in range(n_solicitudes):
        threading.Thread(target=atender, args=(i,), daemon=True).start()
    for _ in range(n_solicitudes):
        avisos.get()
    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
