"""Una lista normal pasada a los procesos: el padre no ve nada."""
import multiprocessing


def agregar(lista, valores):
    lista.extend(valores)


def main(lotes=((1, 2), (3, 4)), manager=False):
    if manager:
        with multiprocessing.Manager() as gestor:
            lista = gestor.list()
            procesos = [multiprocessing.Process(target=agregar, args=(lista, l)) for l in lotes]
            for p in procesos:
                p.start()
            for p in procesos:
                p.join()
            return sorted(lista)
    lista = []
    procesos = [multiprocessing.Process(target=agregar, args=(lista, l)) for l in lotes]
    for p in procesos:
        p.start()
    for p in procesos:
        p.join()
    return sorted(lista)


if __name__ == "__main__":
    main()
