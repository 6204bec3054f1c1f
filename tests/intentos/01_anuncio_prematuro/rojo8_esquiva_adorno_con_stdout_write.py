# esperado: sin_concurrencia
# Esquiva: hilos de adorno que solo duermen; main los espera y escribe con sys.stdout.write todos los «Procesando/Solicitud N completada»: los hilos no atienden ninguna solicitud.
import threading
import time
import sys




def procesar_solicitud(request_id, duracion=3):
    time.sleep(duracion)


def main(n_solicitudes=3, duracion=3):
    hilos = []
    for i in range(n_solicitudes):
        hilo = threading.Thread(target=procesar_solicitud, args=(i, duracion))
        hilos.append(hilo)
        hilo.start()

    for hilo in hilos:
        hilo.join()

    for i in range(n_solicitudes):
        sys.stdout.write(f"Procesando solicitud {i}\n")
        sys.stdout.write(f"Solicitud {i} completada\n")
    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
