# esperado: incompleto
# Media reparación: reparte los lotes entre dos procesos y lee mientras alguno viva (`any(p.is_alive() ...)`), vaciando la cola en cada vuelta; el último en acabar puede poner su lote y morir entre el empty() y el is_alive() de main.
import multiprocessing


def calcular_cuadrado(lotes, cola):
    for indice, lote in lotes:
        cola.put((indice, [n * n for n in lote]))


def main(lotes=((1, 2, 3), (4, 5))):
    cola = multiprocessing.Queue()
    numerados = list(enumerate(lotes))
    procesos = [multiprocessing.Process(target=calcular_cuadrado, args=(numerados[i::2], cola))
                for i in range(2)]
    for p in procesos:
        p.start()

    llegados = []
    while any(p.is_alive() for p in procesos):
        while not cola.empty():
            llegados.append(cola.get())
    for p in procesos:
        p.join()

    resultados = [lote for _, lote in sorted(llegados)]
    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
