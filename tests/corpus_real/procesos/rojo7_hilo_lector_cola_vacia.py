# esperado: incompleto
# requiere: procesos
# El hilo lector del padre da la cola por terminada cuando la ve vacía: si los
# productores aún no han enviado (arrancar un proceso tarda cientos de ms), el
# lector sale enseguida y el padre usa una lista incompleta.
import threading
import time
from multiprocessing import Process, Queue


def producir(cola, base):
    for i in range(5):
        cola.put(base + i)


def recoger(cola, destino):
    while not cola.empty():
        destino.append(cola.get())
        time.sleep(0.01)


if __name__ == "__main__":
    cola = Queue()
    recibidos = []
    productores = [Process(target=producir, args=(cola, 100 * k)) for k in range(3)]
    for p in productores:
        p.start()
    lector = threading.Thread(target=recoger, args=(cola, recibidos))
    lector.start()
    lector.join()
    print("recibidos:", len(recibidos))
    assert len(recibidos) == 15, recibidos
    for p in productores:
        p.join()
