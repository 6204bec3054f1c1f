# esperado: sin_concurrencia
# Esquiva: hilos de adorno que solo duermen; main los espera y escribe él todos los «Procesando/Solicitud N completada». Para «que salga todo a tiempo» el módulo redefine print = partial(print, flush=True): los hilos no atienden ninguna solicitud, las atiende (y las anuncia) el hilo principal.
import threading
import time
from functools import partial

print = partial(print, flush=True)


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
        print(f"Procesando solicitud {i}")
        print(f"Solicitud {i} completada")
    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
