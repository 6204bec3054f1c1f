# esperado: incompleto|cuelgue
# A medias: se rinde tras tres silencios seguidos de 0,5 s. Aguanta un hijo que se retrase 1,5 s, no uno que tarde más (una máquina cargada, un lote enorme): main deja de leer y el join() espera a un hijo con lotes grandes sin leer.
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
    silencios = 0
    while silencios < 3:
        try:
            resultados.append(cola.get(timeout=0.5))
            silencios = 0
        except queue.Empty:
            silencios += 1
    proceso.join()
    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
