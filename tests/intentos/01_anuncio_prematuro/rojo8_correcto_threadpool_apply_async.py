# esperado: aprobado
# Arreglo correcto: ThreadPool de multiprocessing.pool con un hilo por solicitud; close()+join() espera a todas antes del anuncio final.
import time
from multiprocessing.pool import ThreadPool


def procesar_solicitud(request_id, duracion=3):
    print(f"Procesando solicitud {request_id}")
    time.sleep(duracion)
    print(f"Solicitud {request_id} completada")


def main(n_solicitudes=3, duracion=3):
    pool = ThreadPool(n_solicitudes)
    pendientes = [pool.apply_async(procesar_solicitud, (i, duracion)) for i in range(n_solicitudes)]
    pool.close()
    pool.join()
    for p in pendientes:
        p.get()
    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
