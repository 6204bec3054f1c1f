# esperado: aprobado
# Arreglo correcto: ThreadPoolExecutor con un hilo por solicitud; el with espera (shutdown(wait=True)) antes del anuncio.
import threading
import time
from concurrent.futures import ThreadPoolExecutor


def procesar_solicitud(request_id, duracion=3):
    print(f"Procesando solicitud {request_id}")
    time.sleep(duracion)
    print(f"Solicitud {request_id} completada")


def main(n_solicitudes=3, duracion=3):
    with ThreadPoolExecutor(max_workers=max(1, n_solicitudes)) as ejecutor:
        futuros = [ejecutor.submit(procesar_solicitud, i, duracion) for i in range(n_solicitudes)]
        for futuro in futuros:
            futuro.result()

    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
