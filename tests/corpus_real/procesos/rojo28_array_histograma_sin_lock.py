# esperado: carrera
# requiere: procesos
# histograma en un Array(lock=False) que varios procesos incrementan a la vez: hist[k] += 1 pierde cuentas
import random
from multiprocessing import Array, Process

CUBOS = 5


def contar(hist, semilla, n):
    rnd = random.Random(semilla)
    for _ in range(n):
        hist[rnd.randrange(CUBOS)] += 1


if __name__ == "__main__":
    hist = Array("i", CUBOS, lock=False)
    procs = [Process(target=contar, args=(hist, s, 20000)) for s in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("histograma:", list(hist), "total:", sum(hist))
    assert sum(hist) == 80000
