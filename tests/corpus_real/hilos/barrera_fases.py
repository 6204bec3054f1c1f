# esperado: aprobado
# Tres hilos calculan por fases; la Barrier impide empezar una fase antes de tiempo.
import threading

N = 3
barrera = threading.Barrier(N)
fase1 = [0] * N
fase2 = [0] * N


def trabajar(i):
    fase1[i] = i + 1
    barrera.wait()
    fase2[i] = sum(fase1)


hs = [threading.Thread(target=trabajar, args=(i,)) for i in range(N)]
for h in hs:
    h.start()
for h in hs:
    h.join()
assert fase2 == [6, 6, 6], fase2
