# esperado: incompleto
# A medias: Cada hilo se apunta como terminado (con candado y Condition) ANTES de escribir «Solicitud N completada». Planificación que lo muestra: el último hilo suma 1 y pierde la CPU antes de su print; main despierta y anuncia.
import threading
import time

terminadas = 0
cond = threading.Condition()


def procesar_solicitud(request_id, duracion=3):
    global terminadas
    print(f"Procesando solicitud {request_id}")
    time.sleep(duracion)
    with cond:
        terminadas += 1
        cond.notify_all()
    print(f"Solicitud {request_id} completada")


def main(n_solicitudes=3, duracion=3):
    global terminadas
    terminadas = 0
    for i in range(n_solicitudes):
        threading.Thread(target=procesar_solicitud, args=(i, duracion)).start()
    with cond:
        cond.wait_for(lambda: terminadas == n_solicitudes)
    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
