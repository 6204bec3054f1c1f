# esperado: aprobado
# PriorityQueue con tuplas (prioridad, n, tarea) y dos trabajadores daemon;
# main hace q.join() y después lee los resultados. task_done() va en un
# finally, y los resultados se apuntan con un candado antes de task_done():
# join() no vuelve hasta que todo está apuntado.
import queue
import threading

q = queue.PriorityQueue()
hechas = []
candado = threading.Lock()


def trabajador():
    while True:
        prioridad, n, tarea = q.get()
        try:
            with candado:
                hechas.append(tarea)
        finally:
            q.task_done()


for _ in range(2):
    threading.Thread(target=trabajador, daemon=True).start()
for n, (prioridad, tarea) in enumerate([(3, "c"), (1, "a"), (2, "b"), (1, "a2"), (5, "e")]):
    q.put((prioridad, n, tarea))
q.join()
print(sorted(hechas))
assert sorted(hechas) == ["a", "a2", "b", "c", "e"]
