# list.append is atomic in CPython: no lock needed for this pattern.
import threading

resultados = []

def trabajar(i):
    resultados.append(i * i)

hs = [threading.Thread(target=trabajar, args=(i,)) for i in range(4)]
for h in hs: h.start()
for h in hs: h.join()
assert sorted(resultados) == [0, 1, 4, 9]
