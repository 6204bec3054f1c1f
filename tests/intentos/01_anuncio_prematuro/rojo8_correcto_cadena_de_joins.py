# esperado: aprobado
# Arreglo correcto con otro modismo: cada hilo, tras su espera, hace join() del hilo anterior antes de escribir «completada»; main solo espera al último. Todos duermen a la vez (tarda ~duracion) y, por inducción, cuando el último termina todos los anteriores ya terminaron (join() solo vuelve cuando el hilo acabó).
import threading
import time


def procesar_solicitud(request_id, duracion=3, anterior=None):
    print(f"Procesando solicitud {request_id}")
    time.sleep(duracion)
    if anterior is not None:
        anterior.join()
    print(f"Solicitud {request_id} completada")


def main(n_solicitudes=3, duracion=3):
    hilos = []
    anterior = None
    for i in range(n_solicitudes):
        hilo = threading.Thread(target=procesar_solicitud, args=(i, duracion, anterior))
        hilos.append(hilo)
        hilo.start()
        anterior = hilo

    if hilos:
        hilos[-1].join()

    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
