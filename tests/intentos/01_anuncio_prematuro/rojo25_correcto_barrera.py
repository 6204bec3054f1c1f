# esperado: aprobado
# Arreglo correcto: cada solicitud, tras escribir su "completada", espera en una Barrier de n+1; main es la última parte y solo anuncia cuando todas han llegado.
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

    barrera.wait()  # punto de encuentro: todas han escrito ya su "completada"
    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
