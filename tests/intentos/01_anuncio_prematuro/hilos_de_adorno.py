# esperado: sin_concurrencia
# Esquiva: los hilos solo duermen; main imprime todos los mensajes de las solicitudes.
import threading
import time


def procesar_solicitud(request_id, duracion=3):
    print(f"Procesando solicitud {request_id}")
    time.sleep(duracion)
    print(f"Solicitud {request_id} completada")


def main(n_solicitudes=3, duracion=3):
    hilos = [threading.Thread(target=time.sleep, args=(duracion,)) for _ in range(n_solicitudes)]
    for hilo in hilos:
        hilo.start()
    for i in range(n_solicitudes):
        print(f"Procesando solicitud {i}")
    for hilo in hilos:
        hilo.join()
    for i in range(n_solicitudes):
        print(f"Solicitud {i} completada")
    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
