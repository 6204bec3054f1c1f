# esperado: incompleto
# A medias: ThreadPoolExecutor con un trabajador por solicitud, pero se cierra con shutdown(wait=False): no espera a las tareas en marcha, así que main anuncia mientras las solicitudes siguen durmiendo (en cualquier planificación en que el anuncio llegue antes que la última «completada»).
import time
from concurrent.futures import ThreadPoolExecutor


def procesar_solicitud(request_id, duracion=3):
    print(f"Procesando solicitud {request_id}")
    time.sleep(duracion)
    print(f"Solicitud {request_id} completada")


def main(n_solicitudes=3, duracion=3):
    grupo = ThreadPoolExecutor(max_workers=n_solicitudes)
    for i in range(n_solicitudes):
        grupo.submit(procesar_solicitud, i, duracion)
    grupo.shutdown(wait=False)

    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
