# esperado: trampa|carrera|sin_concurrencia
# Esquiva: los hilos solo escriben «Procesando» y duermen; es main quien, tras dormir la duración, escribe él mismo todos los «completada» y el anuncio, sin esperar a ningún hilo.
import threading
import time


def procesar_solicitud(request_id, duracion=3):
    print(f"Procesando solicitud {request_id}")
    time.sleep(duracion)


def main(n_solicitudes=3, duracion=3):
    hilos = []
    for i in range(n_solicitudes):
        hilo = threading.Thread(target=procesar_solicitud, args=(i, duracion))
        hilos.append(hilo)
        hilo.start()

    time.sleep(duracion)
    for i in range(n_solicitudes):
        print(f"Solicitud {i} completada")
    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
