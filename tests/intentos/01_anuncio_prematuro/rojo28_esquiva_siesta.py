# esperado: incompleto|carrera
# Esquiva: en vez de join, main duerme «un poco más» que una solicitud (duracion * 1.5) y luego anuncia; con carga o mala suerte un hilo termina después del anuncio.
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

    # Damos margen de sobra para que terminen todas
    time.sleep(duracion * 1.5 + 0.1)

    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
