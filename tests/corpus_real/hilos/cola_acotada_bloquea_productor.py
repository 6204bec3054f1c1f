# esperado: aprobado
# queue.Queue(maxsize=2): el productor se bloquea en put() cuando está llena;
# dos consumidores hacen task_done() en un `finally` y main espera con join()
# y luego manda un centinela por consumidor.
import queue
import threading

q = queue.Queue(maxsize=2)
procesados = []
candado = threading.Lock()


def consumidor():
    while True:
        item = q.get()
        try:
            if item is None:
                return
            with candado:
                procesados.append(item)
        finally:
            q.task_done()


cons = [threading.Thread(target=consumidor) for _ in range(2)]
for c in cons:
    c.start()
for i in range(10):
    q.put(i)
q.join()
assert sorted(procesados) == list(range(10)), procesados
for _ in cons:
    q.put(None)
for c in cons:
    c.join()
print("procesados:", len(procesados))
