# esperado: aprobado
# Reparación: un proceso por lote; cada uno manda (índice, resultado) por la
# misma cola y main ordena por índice. Se lee todo antes de los join.
import multiprocessing


def calcular_lote(indice, lote, cola):
    cola.put((indice, [n * n for n in lote]))


def main(lotes=((1, 2, 3), (4, 5))):
    cola = multiprocessing.Queue()
    procesos = [multiprocessing.Process(target=calcular_lote, args=(i, lote, cola)) for i, lote in enumerate(lotes)]
    for proceso in procesos:
        proceso.start()
    recibidos = dict(cola.get() for _ in lotes)
    for proceso in procesos:
        proceso.join()
    resultados = [recibidos[i] for i in range(len(lotes))]
    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
