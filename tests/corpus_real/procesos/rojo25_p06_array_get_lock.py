# esperado: aprobado
# requiere: procesos
# multiprocessing.Array histogram; each process updates buckets inside `with hist.get_lock():` (correct)
from multiprocessing import Process, Array
import random


def fill(hist, seed, n):
    rnd = random.Random(seed)
    for _ in range(n):
        b = rnd.randrange(len(hist))
        with hist.get_lock():
            hist[b] += 1


if __name__ == "__main__":
    hist = Array("i", 5)
    procs = [Process(target=fill, args=(hist, s, 200)) for s in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("histogram:", list(hist))
    assert sum(hist) == 600
