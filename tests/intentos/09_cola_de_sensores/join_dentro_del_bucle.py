# esperado: cuelgue
# A medias: saca el primer lote y hace join ahí mismo: quedan 2 o más lotes (>64 KiB) en el tubo y nadie los lee.
import multiprocessing


def calcular_cuadrado(lotes, cola):
    for lote in lotes:
        cola.put([n * n for n in lote])


def main(lotes=((1, 2, 3), (4, 5))):
    cola = multiprocessing.Queue()
    proceso = multiprocessing.Process(target=calcular_cuadrado, args=(lotes, cola))
    proceso.start()
    resultados = []
    for _ in lotes:
        resultados.append(cola.get())
        proceso.join()
    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
