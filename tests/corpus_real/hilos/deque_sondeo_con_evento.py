# esperado: aprobado
# collections.deque como cola entre hilos (append y popleft son atómicos en
# CPython, lo dice la documentación); el consumidor sondea hasta que el
# productor pone un Event de fin y la deque queda vacía.
import threading
import time
from collections import deque

buzon = deque()
fin = threading.Event()
recibidos = []


def productor():
    for i in range(10):
        buzon.append(i)
        time.sleep(0.001)
    fin.set()


def consumidor():
    while True:
        try:
            recibidos.append(buzon.popleft())
        except IndexError:
            if fin.is_set() and not buzon:
                break
            time.sleep(0.001)


hilos = [threading.Thread(target=productor), threading.Thread(target=consumidor)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print(recibidos)
assert recibidos == list(range(10))
