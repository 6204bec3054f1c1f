# esperado: incompleto
# Media reparación: el contador (con candado) se incrementa ANTES de escribir "completada"; si el último hilo suma y es desalojado antes de su print, main ve n y anuncia antes de tiempo.
# lento: main sondea el contador con sleep(0.001) durante segundos virtuales; el juez tarda 10-20 s por veredicto con la máquina cargada (la prueba rápida del mecanismo está en tests/test_motor.py)
import threading
import time

hechas = 0
candado = threading.Lock()


def procesar_solicitud(request_id, duracion=3):
    global hechas
    print(f"Procesando solicitud {request_id}")
    time.sleep(duracion)
    with candado:
        hechas += 1
    print(f"Solicitud {request_id} completada")


def main(n_solicitudes=3, duracion=3):
    global hechas
    hechas = 0
    for i in range(n_solicitudes):
        threading.Thread(target=procesar_solicitud, args=(i, duracion)).start()
    while True:
        with candado:
            if hechas == n_solicitudes:
                break
        time.sleep(0.001)
    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
