# esperado: aprobado
# queue.Queue con dos productores y un consumidor: cada productor pone su
# propio centinela al acabar y el consumidor termina cuando ha visto tantos
# centinelas como productores (no al primero, que sería el error clásico).
# La cola es FIFO por productor: el centinela de cada uno llega tras sus datos.
import queue
import threading

cola = queue.Queue()
PRODUCTORES = 2
recibidos = []


def productor(base):
    for i in range(5):
        cola.put(base + i)
    cola.put(None)


def consumidor():
    fines = 0
    while fines < PRODUCTORES:
        x = cola.get()
        if x is None:
            fines += 1
        else:
            recibidos.append(x)


c = threading.Thread(target=consumidor)
c.start()
ps = [threading.Thread(target=productor, args=(b,)) for b in (0, 100)]
for p in ps:
    p.start()
for p in ps:
    p.join()
c.join()
print(sorted(recibidos))
assert sorted(recibidos) == [0, 1, 2, 3, 4, 100, 101, 102, 103, 104]
