# esperado: carrera|incompleto
# A medias: solo espera al último hilo arrancado suponiendo que termina el último; si el hilo 0 se retrasa (el SO o el GIL no lo dejan correr hasta que el último ya acabó) el anuncio sale antes que su «completada».
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

    # El último en arrancar es el último en terminar... ¿verdad?
    if hilos:
        hilos[-1].join()

    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
