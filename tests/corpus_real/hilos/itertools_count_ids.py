# esperado: aprobado
# Identificadores únicos con `next(contador)` sobre un itertools.count()
# compartido: en CPython next() de count es una llamada en C, atómica con el
# GIL; dos hilos nunca reciben el mismo número.
import itertools
import threading

contador = itertools.count(1)
ids = [[] for _ in range(4)]


def pedir(i):
    for _ in range(10):
        ids[i].append(next(contador))


hilos = [threading.Thread(target=pedir, args=(i,)) for i in range(4)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
todos = sorted(x for l in ids for x in l)
print(todos[:5], "...", todos[-1])
assert todos == list(range(1, 41))
