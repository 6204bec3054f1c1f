# esperado: incompleto
# Medio arreglo: join con plazo. Si un hilo se retrasa más de duracion + 0.5 s
# (máquina cargada, pausa del GC), el anuncio sale antes de su «completada».
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
    limite = time.monotonic() + duracion + 0.5
    for hilo in hilos:
        hilo.join(timeout=max(0.0, limite - time.monotonic()))
    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
