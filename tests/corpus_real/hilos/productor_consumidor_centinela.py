# esperado: aprobado
# Productor y consumidor con queue.Queue y un centinela None por consumidor.
import queue
import threading

cola = queue.Queue(maxsize=3)
total = []


def productor(n, consumidores):
    for i in range(n):
        cola.put(i)
    for _ in range(consumidores):
        cola.put(None)


def consumidor():
    suma = 0
    while (item := cola.get()) is not None:
        suma += item
    total.append(suma)


consumidores = [threading.Thread(target=consumidor) for _ in range(2)]
for c in consumidores:
    c.start()
p = threading.Thread(target=productor, args=(10, 2))
p.start()
p.join()
for c in consumidores:
    c.join()
print(sum(total))
assert sum(total) == 45
