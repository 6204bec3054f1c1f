# esperado: aprobado
# Arreglo correcto: cada hilo suma al contador (con candado) DESPUÉS de escribir «completada» y main sondea el contador sin dormir; es una espera activa que gasta CPU, pero cuando main ve n ya se escribieron todas las líneas.
# lento: main sondea el contador sin dormir hasta que acaban todos los hilos, en cada una de las planificaciones; el juez tarda 15-30 s por veredicto con la máquina cargada
import threading
import time

hechas = 0
candado = threading.Lock()


def procesar_solicitud(request_id, duracion=3):
    global hechas
    print(f"Procesando solicitud {request_id}")
    time.sleep(duracion)
    print(f"Solicitud {request_id} completada")
    with candado:
        hechas += 1


def main(n_solicitudes=3, duracion=3):
    global hechas
    hechas = 0
    for i in range(n_solicitudes):
        threading.Thread(target=procesar_solicitud, args=(i, duracion)).start()
    while True:
        with candado:
            if hechas == n_solicitudes:
                break
        pass
    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
