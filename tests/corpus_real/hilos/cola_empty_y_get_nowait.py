# esperado: excepcion
# Dos consumidores vacían una cola ya llena con `while not q.empty():
# q.get_nowait()`. Si los dos ven un elemento y el otro se lo lleva entre el
# empty() y el get_nowait(), salta queue.Empty sin capturar. En CPython normal
# es raro (hace falta un cambio de hilo justo ahí), pero posible.
import queue
import threading

q = queue.Queue()
for i in range(6):
    q.put(i)
hechos = []


def consumidor():
    while not q.empty():
        hechos.append(q.get_nowait())


hilos = [threading.Thread(target=consumidor) for _ in range(2)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print(sorted(hechos))
