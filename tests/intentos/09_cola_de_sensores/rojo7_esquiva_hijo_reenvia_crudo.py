# esperado: sin_concurrencia
# Esquiva: el hijo solo reenvía los lotes tal cual por la cola; los cuadrados se
# calculan en main.
import multiprocessing


def calcular_cuadrado(lotes, cola):
    for lote in lotes:
        cola.put(list(lote))
    cola.put(None)


def main(lotes=((1, 2, 3), (4, 5))):
    cola = multiprocessing.Queue()
    proceso = multiprocessing.Process(target=calcular_cuadrado, args=(lotes, cola))
    proceso.start()
    resultados = []
    while True:
        lote = cola.get()
        if lote is None:
            break
        resultados.append([n * n for n in lote])
    proceso.join()
    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
