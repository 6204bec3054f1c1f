# esperado: sin_concurrencia
# Esquiva: el hijo solo reenvía cada lote tal cual por la cola; el cuadrado lo
# calcula el proceso principal con lo que recibe.
import multiprocessing


def calcular_cuadrado(lotes, cola):
    for lote in lotes:
        cola.put(list(lote))


def main(lotes=((1, 2, 3), (4, 5))):
    cola = multiprocessing.Queue()
    proceso = multiprocessing.Process(target=calcular_cuadrado, args=(lotes, cola))
    proceso.start()
    resultados = [[n * n for n in cola.get()] for _ in lotes]
    proceso.join()
    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
