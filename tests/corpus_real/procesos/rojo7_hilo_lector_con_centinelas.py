# esperado: aprobado
# requiere: procesos
# Los procesos productores envían por una Queue y terminan con un centinela cada
# uno; un hilo del padre recoge hasta ver tantos centinelas como productores.
import threading
from multiprocessing import Process, Queue

FIN = None


def producir(cola, base):
    for i in range(5):
        cola.put(base + i)
    cola.put(FIN)


def recoger(cola, n_productores, destino):
    vistos = 0
    while vistos < n_productores:
        dato = cola.get()
        if dato is FIN:
            vistos += 1
        else:
            destino.append(dato)


if __name__ == "__main__":
    cola = Queue()
    recibidos = []
    productores = [Process(target=producir, args=(cola, 100 * k)) for k in range(3)]
    for p in productores:
        p.start()
    lector = threading.Thread(target=recoger, args=(cola, len(productores), recibidos))
    lector.start()
    lector.join()
    for p in productores:
        p.join()
    print(sorted(recibidos))
    assert len(recibidos) == 15
