# esperado: incompleto
# A medias: lee con get_nowait() hasta queue.Empty y después espera; deja lotes en el tubo (y el join no se cuelga
# solo porque ya leyó lo que hay): la cola vacía en un momento no quiere decir que el productor haya terminado.
import multiprocessing
import queue


def calcular_cuadrado(lotes, cola):
    for lote in lotes:
        cola.put([n * n for n in lote])


def main(lotes=((1, 2, 3), (4, 5))):
    cola = multiprocessing.Queue()
    proceso = multiprocessing.Process(target=calcular_cuadrado, args=(lotes, cola))
    proceso.start()
    resultados = []
    while True:
        try:
            resultados.append(cola.get_nowait())
        except queue.Empty:
            break
    proceso.terminate()
    proceso.join()
    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
