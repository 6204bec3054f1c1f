# esperado: aprobado
# Arreglo correcto: un Semaphore(0) que cada hilo libera al acabar; main lo adquiere n veces.
import threading
import time


def procesar_solicitud(request_id, duracion=3):
    print(f"Procesando solicitud {request_id}")
    time.sleep(duracion)
    print(f"Solicitud {request_id} completada")


def main(n_solicitudes=3, duracion=3):
    terminadas = threading.Semaphore(0)

    def atender(i):
        procesar_solicitud(i, duracion)
        terminadas.release()

    for i in range(n_solicitudes):
        threading.Thread(target=atender, args=(i,)).start()
    for _ in range(n_solicitudes):
        terminadas.acquire()
    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
