# esperado: incompleto|carrera
# Medio arreglo: el último hilo en terminar anuncia, con un contador sin candado.
# Con dos hilos que leen `terminadas` a la vez (cambio de hilo entre la lectura y
# la escritura de `terminadas += 1`), nadie llega a n y el anuncio no sale nunca.
import threading
import time

terminadas = 0


def procesar_solicitud(request_id, duracion=3, total=1):
    global terminadas
    print(f"Procesando solicitud {request_id}")
    time.sleep(duracion)
    print(f"Solicitud {request_id} completada")
    terminadas += 1
    if terminadas == total:
        print("Todas las solicitudes completadas")


def main(n_solicitudes=3, duracion=3):
    global terminadas
    terminadas = 0
    hilos = []
    for i in range(n_solicitudes):
        hilo = threading.Thread(target=procesar_solicitud, args=(i, duracion, n_solicitudes))
        hilos.append(hilo)
        hilo.start()
    for hilo in hilos:
        hilo.join()


if __name__ == "__main__":
    main()
