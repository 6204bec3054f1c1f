# esperado: incompleto
# Esquiva: en vez de join, main duerme "un poco más" que la duración de una solicitud y confía en que todas hayan acabado.
import threading
import time


def procesar_solicitud(request_id, duracion=3):
    print(f"Procesando solicitud {request_id}")
    time.sleep(duracion)
    print(f"Solicitud {request_id} completada")


def main(n_solicitudes=3, duracion=3):
    hilos = []
    for i in range(n_solicitudes):
        hilo = threading.Thread(target=procesar_solicitud, args=(i, duracion))
        hilos.append(hilo)
        hilo.start()

    time.sleep(duracion + 0.5)  # margen de sobra
    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
