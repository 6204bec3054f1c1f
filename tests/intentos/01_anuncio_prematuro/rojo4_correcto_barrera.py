# esperado: aprobado
# Arreglo correcto: Una Barrier de n+1: main solo pasa cuando todos los hilos terminaron.
import threading
import time


def procesar_solicitud(request_id, duracion, barrera):
    print(f"Procesando solicitud {request_id}")
    time.sleep(duracion)
    print(f"Solicitud {request_id} completada")
    barrera.wait()


def main(n_solicitudes=3, duracion=3):
    barrera = threading.Barrier(n_solicitudes + 1)
    for i in range(n_solicitudes):
        threading.Thread(target=procesar_solicitud, args=(i, duracion, barrera)).start()
    barrera.wait()
    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
