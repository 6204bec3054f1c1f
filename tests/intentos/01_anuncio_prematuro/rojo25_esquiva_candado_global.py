# esperado: sin_concurrencia
# Esquiva: mete todo el trabajo de cada hilo bajo un mismo candado "para que no se pisen" y hace join; el orden sale bien pero las solicitudes se atienden una tras otra (3·n segundos).
import threading
import time

_turno = threading.Lock()


def procesar_solicitud(request_id, duracion=3):
    with _turno:
        print(f"Procesando solicitud {request_id}")
        time.sleep(duracion)
        print(f"Solicitud {request_id} completada")


def main(n_solicitudes=3, duracion=3):
    hilos = []
    for i in range(n_solicitudes):
        hilo = threading.Thread(target=procesar_solicitud, args=(i, duracion))
        hilos.append(hilo)
        hilo.start()

    for hilo in hilos:
        hilo.join()
    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
