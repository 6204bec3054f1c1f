# esperado: aprobado
# requiere: procesos
# Tres procesos productores y una multiprocessing.Queue; el padre sabe cuántos
# elementos esperar y hace exactamente ese número de get() ANTES de join()
# (lo que recomienda la documentación para no bloquearse al unir).
from multiprocessing import Process, Queue


def productor(q, base):
    for i in range(4):
        q.put(base + i)


if __name__ == "__main__":
    q = Queue()
    ps = [Process(target=productor, args=(q, b)) for b in (0, 100, 200)]
    for p in ps:
        p.start()
    recibidos = [q.get() for _ in range(12)]
    for p in ps:
        p.join()
    print(sorted(recibidos))
    assert sorted(recibidos) == [b + i for b in (0, 100, 200) for i in range(4)]
