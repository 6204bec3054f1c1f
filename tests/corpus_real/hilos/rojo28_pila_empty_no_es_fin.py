# esperado: carrera
# main espera a que la pila esté vacía, pero «vacía» no es «procesada»: el último elemento puede estar a medias.
import queue
import threading
import time

pila = queue.LifoQueue()
resultados = []


def trabajador():
    while True:
        ruta = pila.get()
        tamano = sum(len(parte) for parte in ruta.split("/"))
        resultados.append((ruta, tamano))
        pila.task_done()


def main():
    for ruta in ["/home", "/home/ana", "/home/ana/fotos", "/home/beto", "/tmp", "/var/log"]:
        pila.put(ruta)
    for _ in range(2):
        threading.Thread(target=trabajador, daemon=True).start()
    while not pila.empty():
        time.sleep(0.001)
    print("Rutas procesadas:", len(resultados))
    assert len(resultados) == 6, resultados


if __name__ == "__main__":
    main()
