# esperado: sin_concurrencia
# Esquiva: los hilos son de adorno (no hacen nada); main escribe todos los mensajes y duerme una sola vez para que el tiempo cuadre.
import threading
import time


def procesar_solicitud(request_id, duracion=3):
    pass  # el trabajo "ya se hace" abajo


def main(n_solicitudes=3, duracion=3):
    hilos = [threading.Thread(target=procesar_solicitud, args=(i, duracion)) for i in range(n_solicitudes)]
    for h in hilos:
        h.start()
    for i in range(n_solicitudes):
        print(f"Procesando solicitud {i}")
    time.sleep(duracion)
    for i in range(n_solicitudes):
        print(f"Solicitud {i} completada")
    for h in hilos:
        h.join()
    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
