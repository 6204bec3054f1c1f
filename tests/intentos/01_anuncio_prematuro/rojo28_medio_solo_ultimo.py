# esperado: incompleto|carrera
# Media reparación: solo espera (join) al último hilo arrancado, suponiendo que es el último en acabar; si el planificador despierta al hilo 0 más tarde que al último, el anuncio sale antes de «Solicitud 0 completada».
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

    # El último en arrancar es el último en terminar (¿seguro?)
    if hilos:
        hilos[-1].join()

    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
