# esperado: carrera
# requiere: procesos
# `contadores[0] += 1` sobre un ListProxy: son dos llamadas al servidor
# (__getitem__ y __setitem__). Si otro proceso escribe entre las dos, se pierde
# un incremento; el assert falla en ese orden.
from multiprocessing import Manager, Process


def trabajador(contadores):
    for _ in range(5):
        contadores[0] += 1


if __name__ == "__main__":
    with Manager() as m:
        contadores = m.list([0])
        ps = [Process(target=trabajador, args=(contadores,)) for _ in range(2)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        total = contadores[0]
    print(total)
    assert total == 10, total
