# esperado: aprobado
# Arreglo correcto: Una Manager().Queue() no tiene hilo alimentador en el hijo: put() entrega el lote al servidor del Manager antes de volver, así que join() no se cuelga con lotes grandes y, tras el join, la cola tiene todos los lotes.
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
        resultados = [cola.get() for _ in range(len(lotes))]
    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
