import threading

fases = []
b = threading.Barrier(3, action=lambda: fases.append("fin de fase"))
valores = [0, 0, 0]

def trabajar(i):
    for ronda in range(2):
        valores[i] += 1
        b.wait()

hs = [threading.Thread(target=trabajar, args=(i,)) for i in range(3)]
for h in hs: h.start()
for h in hs: h.join()
assert valores == [2, 2, 2] and fases == ["fin de fase"] * 2
