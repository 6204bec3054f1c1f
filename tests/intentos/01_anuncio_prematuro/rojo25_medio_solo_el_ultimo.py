# esperado: carrera|incompleto
# Media reparación: solo espera al último hilo arrancado suponiendo que, con la misma duración, acaba el último; si el hilo 0 se queda sin turno tras su sleep (el último termina antes), el anuncio sale antes de "Solicitud 0 completada".
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

    # Todas duran lo mismo y el último arrancó el último: cuando él acabe, acabaron todas.
    if hilos:
        hilos[-1].join()
    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
