# esperado: aprobado
# Reparación alternativa: la cola de un Manager. put() es una llamada al proceso
# gestor, que guarda los datos en su memoria: no hay tubería que se llene, así que
# join() antes de sacar no se cuelga (en CPython, con lotes de cualquier tamaño).
import multiprocessing


def calcular_cuadrado(lotes, cola):
    for lote in lotes:
        cola.put([n * n for n in lote])


def main(lotes=((1, 2, 3), (4, 5))):
    with multiprocessing.Manager() as gestor:
        cola = gestor.Queue()
        proceso = multiprocessing.Process(target=calcular_cuadrado, args=(lotes, cola))
        proceso.start()
        proceso.join()
        resultados = [cola.get() for _ in lotes]
    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
