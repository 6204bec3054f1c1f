# esperado: aprobado
# Arreglo correcto: la cola es una Manager().Queue(): los datos viven en el proceso del Manager y no en un tubo que el hijo deba vaciar antes de salir, así que join antes de leer ya no bloquea; después se sacan exactamente len(lotes) resultados con get().
import multiprocessing


def calcular_cuadrado(lotes, cola):
    for lote in lotes:
        cola.put([n * n for n in lote])


def main(lotes=((1, 2, 3), (4, 5))):
    with multiprocessing.Manager() as manager:
        cola = manager.Queue()

        proceso = multiprocessing.Process(target=calcular_cuadrado, args=(lotes, cola))
        proceso.start()
        proceso.join()

        resultados = [cola.get() for _ in range(len(lotes))]

    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
