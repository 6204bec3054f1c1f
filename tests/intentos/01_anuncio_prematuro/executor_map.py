# esperado: aprobado
# Arreglo correcto: ThreadPoolExecutor; salir del with espera a todas las tareas.
import threading
import time


def procesar_solicitud(request_id, duracion=3):
    print(f"Procesando solicitud {request_id}")
    time.sleep(duracion)
    print(f"Solicitud {request_id} completada")


def main(n_solicitudes=3, duracion=3):
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=n_solicitudes) as grupo:
        list(grupo.map(procesar_solicitud, range(n_solicitudes), [duracion] * n_solicitudes))
    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
