# esperado: incompleto
# A medias: un Semaphore(n) del que cada hilo toma un permiso AL EMPEZAR y lo suelta al acabar; main «espera» tomando n permisos. Si main pide los permisos antes de que un hilo recién arrancado haya tomado el suyo (start() vuelve en cuanto el hilo existe, no cuando ejecuta su primera línea), main se queda con ese permiso y anuncia antes de que la solicitud termine.
import threading
import time


def procesar_solicitud(request_id, duracion, permisos):
    with permisos:
        print(f"Procesando solicitud {request_id}")
        time.sleep(duracion)
        print(f"Solicitud {request_id} completada")


def main(n_solicitudes=3, duracion=3):
    permisos = threading.Semaphore(n_solicitudes)
    hilos = []
    for i in range(n_solicitudes):
        hilo = threading.Thread(target=procesar_solicitud, args=(i, duracion, permisos))
        hilos.append(hilo)
        hilo.start()

    for _ in range(n_solicitudes):
        permisos.acquire()

    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
