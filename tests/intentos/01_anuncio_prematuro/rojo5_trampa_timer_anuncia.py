# esperado: incompleto
# Esquiva: Un threading.Timer anuncia «todas completadas» pasado duracion + 1 s, sin esperar a nadie: con un hilo retrasado el anuncio sale antes.
import threading
import time


def procesar_solicitud(request_id, duracion=3):
    print(f"Procesando solicitud {request_id}")
    time.sleep(duracion)
    print(f"Solicitud {request_id} completada")


def main(n_solicitudes=3, duracion=3):
    for i in range(n_solicitudes):
        threading.Thread(target=procesar_solicitud, args=(i, duracion)).start()
    aviso = threading.Timer(duracion + 1, print, args=("Todas las solicitudes completadas",))
    aviso.start()
    aviso.join()


if __name__ == "__main__":
    main()
