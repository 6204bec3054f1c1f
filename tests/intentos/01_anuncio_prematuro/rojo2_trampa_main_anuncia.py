# esperado: sin_concurrencia
# Esquiva: hilos de adorno que no hacen nada; main imprime todos los mensajes
# y duerme una sola vez `duracion` (salida y tiempo idénticos a la buena).
import threading
import time


def procesar_solicitud(request_id, duracion=3):
    pass


def main(n_solicitudes=3, duracion=3):
    hilos = [threading.Thread(target=procesar_solicitud, args=(i, duracion)) for i in range(n_solicitudes)]
    for hilo in hilos:
        hilo.start()
    for i in range(n_solicitudes):
        print(f"Procesando solicitud {i}")
    time.sleep(duracion)
    for i in range(n_solicitudes):
        print(f"Solicitud {i} completada")
    for hilo in hilos:
        hilo.join()
    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
