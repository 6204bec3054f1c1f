'''
    Usamos Queue para que el proceso secundario
    pueda pasar datos de vuelta al proceso principal.

    El principal saca un resultado por lote ANTES de esperar
    al proceso: así el tubo de la cola nunca se queda lleno.
'''
import multiprocessing


def calcular_cuadrado(lotes, cola):
    for lote in lotes:
        cola.put([n * n for n in lote])


def main(lotes=((1, 2, 3), (4, 5))):
    cola = multiprocessing.Queue()

    proceso = multiprocessing.Process(target=calcular_cuadrado, args=(lotes, cola))
    proceso.start()

    # Un resultado por lote: get() espera a que llegue cada uno.
    resultados = [cola.get() for _ in lotes]
    proceso.join()

    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
