# esperado: aprobado
# queue.PriorityQueue con tuplas (prioridad, número, tarea): el número desempata
# para no comparar tareas. Cada trabajador para al sacar un centinela de
# prioridad máxima (uno por trabajador). Los resultados se guardan con candado
# y se leen tras join().
import queue
import threading

cola = queue.PriorityQueue()
hechos = []
candado = threading.Lock()
FIN = float("inf")


def trabajador():
    while True:
        prioridad, n, tarea = cola.get()
        if prioridad == FIN:
            break
        with candado:
            hechos.append(tarea.upper())


for n, (p, t) in enumerate([(3, "c"), (1, "a"), (2, "b"), (1, "a2"), (5, "e")]):
    cola.put((p, n, t))
hilos = [threading.Thread(target=trabajador) for _ in range(3)]
for n, h in enumerate(hilos):
    cola.put((FIN, 100 + n, None))
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print(sorted(hechos))
assert sorted(hechos) == ["A", "A2", "B", "C", "E"]
