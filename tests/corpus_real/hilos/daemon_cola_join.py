# esperado: aprobado
# Trabajadores daemon que sirven una cola; q.join() espera a que cada elemento
# tenga su task_done(). Los daemon se quedan bloqueados en get() y mueren al salir.
import queue
import threading

q = queue.Queue()
hechos = []


def worker():
    while True:
        item = q.get()
        hechos.append(item * 10)
        q.task_done()


for _ in range(3):
    threading.Thread(target=worker, daemon=True).start()
for item in range(12):
    q.put(item)
q.join()
print("All work completed:", sorted(hechos))
assert sorted(hechos) == [i * 10 for i in range(12)]
