# esperado: aprobado
# Arreglo correcto: main pregunta cada medio segundo si queda algún hilo vivo y solo anuncia cuando no queda ninguno.
import threading
import time


def procesar_solicitud(request_id, duracion=3):
    print(f"Procesando solicitud {request_id}")
    time.sleep(duracion)
    print(f"Solicitud {request_id} completada")


def main(n_solicitudes=3, duracion=3):
    hilos = [threading.Thread(target=procesar_solicitud, args=(i, duracion))
             for i in range(n_solicitudes)]
    for hilo in hilos:
        hilo.start()
    while any(hilo.is_alive() for hilo in hilos):
        time.sleep(0.5)
    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
