# esperado: aprobado
# Arreglo correcto con otro modismo: un contador de pendientes bajo una Condition; main espera con wait_for a que llegue a 0 (cada hilo descuenta después de escribir su «completada»).
import threading
import time


def procesar_solicitud(request_id, duracion, estado):
    print(f"Procesando solicitud {request_id}")
    time.sleep(duracion)
    print(f"Solicitud {request_id} completada")
    with estado["cond"]:
        estado["pendientes"] -= 1
        estado["cond"].notify_all()


def main(n_solicitudes=3, duracion=3):
    estado = {"cond": threading.Condition(), "pendientes": n_solicitudes}
    for i in range(n_solicitudes):
        threading.Thread(target=procesar_solicitud, args=(i, duracion, estado)).start()
    with estado["cond"]:
        estado["cond"].wait_for(lambda: estado["pendientes"] == 0)
    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
