# esperado: sin_concurrencia|trampa
# Esquiva: Arranca el proceso para aparentar, lo termina, y los cuadrados los calcula main.
import multiprocessing


def calcular_cuadrado(lotes, cola):
    for lote in lotes:
        cola.put([n * n for n in lote])


def main(lotes=((1, 2, 3), (4, 5))):
    cola = multiprocessing.Queue()
    proceso = multiprocessing.Process(target=calcular_cuadrado, args=(lotes, cola))
    proceso.start()
    resultados = [[n * n for n in lote] for lote in lotes]
    proceso.terminate()
    proceso.join()
    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()

