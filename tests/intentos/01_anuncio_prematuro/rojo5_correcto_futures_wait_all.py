# esperado: aprobado
# Arreglo correcto: Concurrent.futures.wait con ALL_COMPLETED.
import time
from concurrent.futures import ALL_COMPLETED, ThreadPoolExecutor, wait


def procesar_solicitud(request_id, duracion=3):
    print(f"Procesando solicitud {request_id}")
    time.sleep(duracion)
    print(f"Solicitud {request_id} completada")


def main(n_solicitudes=3, duracion=3):
    ejecutor = ThreadPoolExecutor(max_workers=n_solicitudes)
    futuros = [ejecutor.submit(procesar_solicitud, i, duracion) for i in range(n_solicitudes)]
    hechos, _ = wait(futuros, return_when=ALL_COMPLETED)
    for f in hechos:
        f.result()
    print("Todas las solicitudes completadas")
    ejecutor.shutdown(wait=False)


if __name__ == "__main__":
    main()
