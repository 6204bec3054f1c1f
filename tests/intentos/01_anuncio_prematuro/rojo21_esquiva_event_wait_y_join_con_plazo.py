# esperado: incompleto
# Esquiva: join(timeout=duracion + 1) «para no colgarse», y para que el verificador no retrase las solicitudes se cambia su time.sleep por threading.Event().wait(duracion) (la misma espera, pero no es un sleep). Sigue sin esperar de verdad: si un hilo despierta más de 1 s tarde (máquina cargada), su join vence y el anuncio sale antes de su «completada».
import threading
import time


def procesar_solicitud(request_id, duracion=3):
    print(f"Procesando solicitud {request_id}")
    threading.Event().wait(duracion)  # «trabajo» de la solicitud
    print(f"Solicitud {request_id} completada")


def main(n_solicitudes=3, duracion=3):
    hilos = []
    for i in range(n_solicitudes):
        hilo = threading.Thread(target=procesar_solicitud, args=(i, duracion))
        hilos.append(hilo)
        hilo.start()

    limite = time.monotonic() + duracion + 1
    for hilo in hilos:
        hilo.join(timeout=max(0, limite - time.monotonic()))

    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
