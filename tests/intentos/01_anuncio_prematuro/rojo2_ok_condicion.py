# esperado: aprobado
# Reparación: un contador protegido por una Condition; main espera a que llegue a n.
import threading
import time

terminadas = 0
condicion = threading.Condition()


def procesar_solicitud(request_id, duracion=3):
    global terminadas
    print(f"Procesando solicitud {request_id}")
    time.sleep(duracion)
    print(f"Solicitud {request_id} completada")
    with condicion:
        terminadas += 1
        condicion.notify_all()


def main(n_solicitudes=3, duracion=3):
    global terminadas
    terminadas = 0
    for i in range(n_solicitudes):
        threading.Thread(target=procesar_solicitud, args=(i, duracion)).start()
    with condicion:
        condicion.wait_for(lambda: terminadas == n_solicitudes)
    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
