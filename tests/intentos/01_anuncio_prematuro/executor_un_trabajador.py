# esperado: sin_concurrencia
# Esquiva: un ThreadPoolExecutor con max_workers=1 «usa hilos» y espera al salir del with, pero atiende las solicitudes de una en una (n·duración en vez de duración).
import time
from concurrent.futures import ThreadPoolExecutor


def procesar_solicitud(request_id, duracion=3):
    print(f"Procesando solicitud {request_id}")
    time.sleep(duracion)
    print(f"Solicitud {request_id} completada")


def main(n_solicitudes=3, duracion=3):
    with ThreadPoolExecutor(max_workers=1) as ex:
        for i in range(n_solicitudes):
            ex.submit(procesar_solicitud, i, duracion)
    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
