# esperado: incompleto
# Media reparación: el contador (con candado) se incrementa ANTES de escribir «completada» y main sondea el contador sin dormir («with candado:» en un bucle); si el último hilo suma y pierde la CPU antes de su print, main ve n y anuncia antes de tiempo.
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
        pass
    print("Todas las solicitudes completadas")


if __name__ == "__main__":
    main()
