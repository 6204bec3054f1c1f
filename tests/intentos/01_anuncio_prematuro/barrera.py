# esperado: aprobado
# Arreglo correcto: una Barrier de n + 1 en la que esperan los hilos al terminar y main.
import threading
import time


def procesar_solicitud(request_id, duracion=3):
    print(f"Procesando solicitud {request_id}")
    time.sleep(duracion)
    print(f"Solicitud {request_id} completada")


def main(n_solicitudes=3, duracion=3):
    meta = threading.Barrier(n_solicitudes + 1)

    def atender(i):
        procesar_solicitud(i, duracion)
        meta.wait()

    for i in range(n_solicitudes):
        threading.Thread(target=atender, args=(i,)).start()
    meta.wait()
    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
