# esperado: sin_concurrencia
# Esquiva: Los hilos solo duermen (de adorno) y es main quien escribe los «Procesando» y «completada» de cada solicitud, tras esperarlos.
import threading
import time


def procesar_solicitud(request_id, duracion=3):
    time.sleep(duracion)


def main(n_solicitudes=3, duracion=3):
    hilos = [threading.Thread(target=procesar_solicitud, args=(i, duracion)) for i in range(n_solicitudes)]
    for i, h in enumerate(hilos):
        print(f"Procesando solicitud {i}")
        h.start()
    for i, h in enumerate(hilos):
        h.join()
        print(f"Solicitud {i} completada")
    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
