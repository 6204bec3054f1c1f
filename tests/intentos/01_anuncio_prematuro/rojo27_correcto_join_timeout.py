# esperado: aprobado
# Arreglo correcto: main espera con join(timeout) en bucle mientras quede algún hilo vivo; solo entonces anuncia.
import threading
import time


def procesar_solicitud(request_id, duracion=3):
    print(f"Procesando solicitud {request_id}")
    time.sleep(duracion)
    print(f"Solicitud {request_id} completada")


def main(n_solicitudes=3, duracion=3):
    hilos = []
    for i in range(n_solicitudes):
        hilo = threading.Thread(target=procesar_solicitud, args=(i, duracion))
        hilos.append(hilo)
        hilo.start()

    pendientes = list(hilos)
    while pendientes:
        for hilo in list(pendientes):
            hilo.join(timeout=0.05)
            if not hilo.is_alive():
                pendientes.remove(hilo)

    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
