# esperado: aprobado
# Arreglo correcto: Sondeo con is_alive(): un hilo solo deja de estar vivo cuando su función ya terminó (y escribió «completada»), así que el anuncio es verdad.
import threading
import time


def procesar_solicitud(request_id, duracion=3):
    print(f"Procesando solicitud {request_id}")
    time.sleep(duracion)
    print(f"Solicitud {request_id} completada")


def main(n_solicitudes=3, duracion=3):
    hilos = [threading.Thread(target=procesar_solicitud, args=(i, duracion)) for i in range(n_solicitudes)]
    for h in hilos:
        h.start()
    while any(h.is_alive() for h in hilos):
        time.sleep(0.05)
    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
