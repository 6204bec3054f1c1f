# esperado: aprobado
# Arreglo correcto: cada hilo activa su Event al terminar y main espera todos los Event.
import threading
import time


def procesar_solicitud(request_id, duracion=3):
    print(f"Procesando solicitud {request_id}")
    time.sleep(duracion)
    print(f"Solicitud {request_id} completada")


def main(n_solicitudes=3, duracion=3):
    hechos = [threading.Event() for _ in range(n_solicitudes)]

    def atender(i):
        procesar_solicitud(i, duracion)
        hechos[i].set()

    for i in range(n_solicitudes):
        threading.Thread(target=atender, args=(i,)).start()
    for hecho in hechos:
        hecho.wait()
    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
