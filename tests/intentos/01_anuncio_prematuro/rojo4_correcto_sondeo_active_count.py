# esperado: aprobado
# Arreglo correcto: Main sondea threading.active_count() hasta que solo queda él: ningún hilo sigue vivo, así que todos escribieron su línea.
import threading
import time


def procesar_solicitud(request_id, duracion=3):
    print(f"Procesando solicitud {request_id}")
    time.sleep(duracion)
    print(f"Solicitud {request_id} completada")


def main(n_solicitudes=3, duracion=3):
    antes = threading.active_count()
    for i in range(n_solicitudes):
        threading.Thread(target=procesar_solicitud, args=(i, duracion)).start()
    while threading.active_count() > antes:
        time.sleep(0.1)
    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
