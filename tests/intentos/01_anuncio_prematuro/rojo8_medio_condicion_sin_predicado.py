# esperado: cuelgue|interbloqueo
# A medias: main hace cond.wait() n veces sin predicado y cada hilo hace cond.notify() al acabar. Un notify() sin nadie esperando se pierde (Condition no guarda avisos): si un hilo termina mientras main no está dentro de wait() (p. ej. entre dos wait, o antes del primero), main espera para siempre un aviso que ya pasó.
import threading
import time

aviso = threading.Condition()


def procesar_solicitud(request_id, duracion=3):
    print(f"Procesando solicitud {request_id}")
    time.sleep(duracion)
    print(f"Solicitud {request_id} completada")
    with aviso:
        aviso.notify()


def main(n_solicitudes=3, duracion=3):
    hilos = []
    for i in range(n_solicitudes):
        hilo = threading.Thread(target=procesar_solicitud, args=(i, duracion))
        hilos.append(hilo)
        hilo.start()

    for _ in range(n_solicitudes):
        with aviso:
            aviso.wait()

    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
