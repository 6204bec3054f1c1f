'''
    Usamos Queue para que el proceso secundario
    pueda pasar datos de vuelta al proceso principal.

    Cada lote de lecturas de un sensor se eleva al cuadrado
    (la energía de la señal) en un proceso aparte.
'''
import multiprocessing


def calcular_cuadrado(lotes, cola):
    for lote in lotes:
        cola.put([n * n for n in lote])


def main(lotes=((1, 2, 3), (4, 5))):
    cola = multiprocessing.Queue()

    proceso = multiprocessing.Process(target=calcular_cuadrado, args=(lotes, cola))
    proceso.start()
    proceso.join()

    # Extraer resultados de la cola
    resultados = []
    while not cola.empty():
        resultados.append(cola.get())

    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
