# esperado: sin_concurrencia
# Esquiva: main eleva al cuadrado cada lote antes de arrancar al hijo, y el hijo solo reenvía por la cola lo que ya recibió calculado; el cálculo no lo hace el proceso aparte.
import multiprocessing


def reenviar(resultados, cola):
    for resultado in resultados:
        cola.put(resultado)


def main(lotes=((1, 2, 3), (4, 5))):
    calculados = [[n * n for n in lote] for lote in lotes]
    cola = multiprocessing.Queue()
    proceso = multiprocessing.Process(target=reenviar, args=(calculados, cola))
    proceso.start()
    resultados = [cola.get() for _ in lotes]
    proceso.join()
    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
