# esperado: cuelgue|interbloqueo
# Medio arreglo: el hilo que se ve el último vivo (threading.active_count() == 2: main y él) pone un Event que main espera. Dos solicitudes que acaban casi a la vez (duermen lo mismo) se ven vivas la una a la otra: A comprueba (B vivo, 3), pierde la CPU antes de salir de _bootstrap_inner (sigue en _active), B escribe y comprueba (A aún vivo, 3): nadie pone el Event y main espera para siempre.
import threading
import time


def procesar_solicitud(request_id, duracion=3, fin=None):
    print(f"Procesando solicitud {request_id}")
    time.sleep(duracion)
    print(f"Solicitud {request_id} completada")
    # Si solo quedamos main y yo, soy la última solicitud: aviso a main.
    if threading.active_count() == 2:
        fin.set()


def main(n_solicitudes=3, duracion=3):
    fin = threading.Event()
    hilos = []
    for i in range(n_solicitudes):
        hilo = threading.Thread(target=procesar_solicitud, args=(i, duracion, fin))
        hilos.append(hilo)
        hilo.start()

    fin.wait()
    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
