# esperado: incompleto
# A medias: las solicitudes van a un ThreadPool con apply_async, pero nadie espera sus resultados (ni close()/join() ni get()): el anuncio final sale antes de que terminen.
import time
from multiprocessing.pool import ThreadPool


def procesar_solicitud(request_id, duracion=3):
    print(f"Procesando solicitud {request_id}")
    time.sleep(duracion)
    print(f"Solicitud {request_id} completada")


def main(n_solicitudes=3, duracion=3):
    pool = ThreadPool(n_solicitudes)
    for i in range(n_solicitudes):
        pool.apply_async(procesar_solicitud, (i, duracion))
    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
