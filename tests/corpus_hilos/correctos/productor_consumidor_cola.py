import queue
import threading

cola = queue.Queue(maxsize=2)
resultados = []

def productor():
    for i in range(6):
        cola.put(i)
    cola.put(None)

def consumidor():
    while True:
        x = cola.get()
        if x is None:
            break
        resultados.append(x * x)

p = threading.Thread(target=productor)
c = threading.Thread(target=consumidor)
p.start(); c.start(); p.join(); c.join()
assert resultados == [0, 1, 4, 9, 16, 25], resultados
