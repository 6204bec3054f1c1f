# esperado: aprobado
# requiere: procesos
# Una Manager().Queue() compartida por dos productores y un consumidor: cada
# productor pone su centinela y el consumidor para tras ver dos. El consumidor
# devuelve lo recibido por otra cola; el padre lo lee antes de join().
from multiprocessing import Manager, Process


def productor(cola, base):
    for i in range(4):
        cola.put(base + i)
    cola.put(None)


def consumidor(cola, salida, productores):
    fines = 0
    recibidos = []
    while fines < productores:
        x = cola.get()
        if x is None:
            fines += 1
        else:
            recibidos.append(x)
    salida.put(sorted(recibidos))


if __name__ == "__main__":
    with Manager() as m:
        cola = m.Queue()
        salida = m.Queue()
        c = Process(target=consumidor, args=(cola, salida, 2))
        ps = [Process(target=productor, args=(cola, b)) for b in (0, 10)]
        c.start()
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        resultado = salida.get()
        c.join()
    print(resultado)
    assert resultado == [0, 1, 2, 3, 10, 11, 12, 13]
