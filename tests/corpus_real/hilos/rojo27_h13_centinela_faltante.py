# esperado: interbloqueo
# Dos consumidores pero el productor solo pone un centinela None: un consumidor se queda para siempre en q.get() y main se bloquea en join.
import threading
import queue

q = queue.Queue()
procesados = []
lock = threading.Lock()

def consumidor():
    while True:
        item = q.get()
        if item is None:
            break
        with lock:
            procesados.append(item)

def productor():
    for i in range(6):
        q.put(i)
    q.put(None)  # falta un centinela por cada consumidor

consumidores = [threading.Thread(target=consumidor) for _ in range(2)]
for c in consumidores:
    c.start()
p = threading.Thread(target=productor)
p.start()
p.join()
for c in consumidores:
    c.join()
print("Procesados:", sorted(procesados))
