# esperado: cuelgue|carrera|incompleto
# A medias: cada hilo hace `terminadas += 1` (sin candado) tras escribir «completada» y main sondea `while terminadas < n: sleep(0.01)`. La suma no es atómica (LOAD_GLOBAL/BINARY_OP/STORE_GLOBAL): si dos hilos leen el mismo valor antes de guardar, se pierde una y main se queda sondeando para siempre.
import threading
import time

terminadas = 0


def procesar_solicitud(request_id, duracion=3):
    global terminadas
    print(f"Procesando solicitud {request_id}")
    time.sleep(duracion)
    print(f"Solicitud {request_id} completada")
    terminadas += 1


def main(n_solicitudes=3, duracion=3):
    global terminadas
    terminadas = 0
    for i in range(n_solicitudes):
        threading.Thread(target=procesar_solicitud, args=(i, duracion)).start()

    while terminadas < n_solicitudes:
        time.sleep(0.01)

    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
