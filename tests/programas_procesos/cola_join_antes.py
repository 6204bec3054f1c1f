"""join() antes de vaciar la cola, con elementos grandes: el hijo no puede terminar."""
import multiprocessing


def producir(lotes, cola):
    for lote in lotes:
        cola.put([n * n for n in lote])


def main(lotes=((1, 2), (3,))):
    cola = multiprocessing.Queue()
    proceso = multiprocessing.Process(target=producir, args=(lotes, cola))
    proceso.start()
    proceso.join()
    resultados = []
    while not cola.empty():
        resultados.append(cola.get())
    return resultados


if __name__ == "__main__":
    print(main())
