# esperado: aprobado
# Reparación alternativa: un proceso por lote; cada resultado viaja con su índice
# y main lo coloca en su sitio. Se saca todo de la cola antes de los join.
import multiprocessing


def calcular_cuadrado(indice, lote, cola):
    cola.put((indice, [n * n for n in lote]))


def main(lotes=((1, 2, 3), (4, 5))):
    cola = multiprocessing.Queue()
    procesos = [
        multiprocessing.Process(target=calcular_cuadrado, args=(i, lote, cola))
        for i, lote in enumerate(lotes)
    ]
    for proceso in procesos:
        proceso.start()
    resultados = [None] * len(lotes)
    for _ in lotes:
        indice, cuadrados = cola.get()
        resultados[indice] = cuadrados
    for proceso in procesos:
        proceso.join()
    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
