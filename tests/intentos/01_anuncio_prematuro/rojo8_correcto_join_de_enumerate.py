# esperado: aprobado
# Arreglo correcto con otro modismo: main espera con join() a todos los hilos vivos que da threading.enumerate() (salvo él mismo). start() no vuelve hasta que el hilo está arrancado, así que cada solicitud que aún no terminó está en la lista; las que ya acabaron no hace falta esperarlas.
import threading
import time


def procesar_solicitud(request_id, duracion=3):
    print(f"Procesando solicitud {request_id}")
    time.sleep(duracion)
    print(f"Solicitud {request_id} completada")


def main(n_solicitudes=3, duracion=3):
    for i in range(n_solicitudes):
        threading.Thread(target=procesar_solicitud, args=(i, duracion)).start()

    yo = threading.current_thread()
    for hilo in threading.enumerate():
        if hilo is not yo and not hilo.daemon:
            hilo.join()

    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
