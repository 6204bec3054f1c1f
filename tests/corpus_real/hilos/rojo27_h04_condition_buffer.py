# esperado: aprobado
# Buffer acotado con Condition: ambos lados esperan en un while sobre el predicado y notifican tras cambiar el estado; el consumidor sabe cuántos elementos recibir.
import threading
from collections import deque

CAPACIDAD = 2
buffer = deque()
cond = threading.Condition()
consumidos = []

def productor():
    for i in range(10):
        with cond:
            while len(buffer) >= CAPACIDAD:
                cond.wait()
            buffer.append(i)
            cond.notify_all()

def consumidor():
    for _ in range(10):
        with cond:
            while not buffer:
                cond.wait()
            consumidos.append(buffer.popleft())
            cond.notify_all()

hp = threading.Thread(target=productor)
hc = threading.Thread(target=consumidor)
hc.start(); hp.start()
hp.join(); hc.join()
assert consumidos == list(range(10)), consumidos
print("Consumidos:", consumidos)
