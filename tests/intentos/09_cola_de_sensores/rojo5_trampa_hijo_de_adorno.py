# esperado: sin_concurrencia
# Esquiva: El hijo calcula y envía todo, el padre vacía la cola (para que no se cuelgue) pero devuelve lo que calcula él mismo.
import multiprocessing


def calcular_cuadrado(lotes, cola):
    for lote in lotes:
        cola.put([n * n for n in lote])
    cola.put(None)


def main(lotes=((1, 2, 3), (4, 5))):
    cola = multiprocessing.Queue()
    proceso = multiprocessing.Process(target=calcular_cuadrado, args=(lotes, cola))
    proceso.start()
    while cola.get() is not None:
        pass
    proceso.join()
    resultados = [[n * n for n in lote] for lote in lotes]
    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
