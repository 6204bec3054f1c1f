# esperado: carrera|incompleto
# Media reparación: un proceso por lote y se lee antes de join (no cuelga), pero
# los resultados se guardan en el orden en que llegan: si el proceso del lote 2
# termina antes que el del lote 1, el resultado sale desordenado.
import multiprocessing


def calcular_lote(lote, cola):
    cola.put([n * n for n in lote])


def main(lotes=((1, 2, 3), (4, 5))):
    cola = multiprocessing.Queue()
    procesos = [multiprocessing.Process(target=calcular_lote, args=(lote, cola)) for lote in lotes]
    for proceso in procesos:
        proceso.start()
    resultados = [cola.get() for _ in lotes]
    for proceso in procesos:
        proceso.join()
    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
