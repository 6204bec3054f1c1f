# esperado: incompleto
# Esquiva: en vez de join, dormir el doble de la duración y anunciar.
import threading
import time


def procesar_solicitud(request_id, duracion=3):
    print(f"Procesando solicitud {request_id}")
    time.sleep(duracion)
    print(f"Solicitud {request_id} completada")


def main(n_solicitudes=3, duracion=3):
    for i in range(n_solicitudes):
        threading.Thread(target=procesar_solicitud, args=(i, duracion), daemon=True).start()
    time.sleep(2 * duracion + 1)
    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
