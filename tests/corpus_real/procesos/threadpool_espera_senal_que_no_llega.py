# esperado: cuelgue
# requiere: procesos
# Las tareas de un ThreadPool esperan una señal (threading.Event) que el
# principal solo da después de recoger los resultados: el principal espera en
# pool.map a las tareas, y las tareas a él.
import threading
from multiprocessing.pool import ThreadPool

arrancar = threading.Event()


def tarea(n):
    arrancar.wait()
    return n * n


if __name__ == "__main__":
    with ThreadPool(2) as pool:
        cuadrados = pool.map(tarea, range(4))
        arrancar.set()
    print(cuadrados)
