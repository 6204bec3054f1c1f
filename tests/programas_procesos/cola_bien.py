"""Se sacan exactamente tantos elementos como lotes, y luego join()."""
import multiprocessing


def producir(lotes, cola):
    for lote in lotes:
        cola.put([n * n for n in lote])


def main(lotes=((1, 2), (3,))):
    cola = multiprocessing.Queue()
    proceso = multiprocessing.Process(target=producir, args=(lotes, cola))
    proceso.start()
    resultados = [cola.get() for _ in lotes]
    proceso.join()
    return resultados


if __name__ == "__main__":
    print(main())
