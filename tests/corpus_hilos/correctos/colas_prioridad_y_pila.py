import queue
import threading

pq = queue.PriorityQueue()
pila = queue.LifoQueue()

def llenar():
    for x in (5, 1, 3):
        pq.put(x)
        pila.put(x)

h = threading.Thread(target=llenar)
h.start(); h.join()
assert [pq.get() for _ in range(3)] == [1, 3, 5]
assert [pila.get() for _ in range(3)] == [3, 1, 5]
try:
    pq.get(timeout=0.5)
except queue.Empty:
    pass
else:
    raise AssertionError("debía estar vacía")
