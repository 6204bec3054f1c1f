# esperado: incompleto
# A medias: una Barrier(n+1) con main, pero cada hilo la cruza ANTES de escribir «completada»; al abrirse, main puede escribir el anuncio antes que algunas de esas líneas.
'''
    En Python, la librería threading nos permite
    introducir concurrencia a través de hilos.
    A continuación, se muestra un ejemplo de cómo realizar esto.

    En este código, se simulan las solicitudes
    aplicando espera de tres segundos para demostrar
    el procesamiento concurrente.
'''
import threading
import time


def procesar_solicitud(request_id, duracion, barrera):
    print(f"Procesando solicitud {request_id}")
    time.sleep(duracion)
    barrera.wait()
    print(f"Solicitud {request_id} completada")


def main(n_solicitudes=3, duracion=3):
    barrera = threading.Barrier(n_solicitudes + 1)
    hilos = []
    for i in range(n_solicitudes):
        hilo = threading.Thread(target=procesar_solicitud, args=(i, duracion, barrera))
        hilos.append(hilo)
        hilo.start()

    barrera.wait()
    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
