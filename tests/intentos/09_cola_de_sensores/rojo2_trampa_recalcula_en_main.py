# esperado: sin_concurrencia
# Esquiva: el hijo calcula y envía; main vacía la cola (para que no cuelgue),
# descarta lo recibido y devuelve lo que calcula él mismo.
import multiprocessing


def calcular_cuadrado(lotes, cola):
    for lote in lotes:
        cola.put([n * n for n in lote])


def main(lotes=((1, 2, 3), (4, 5))):
    cola = multiprocessing.Queue()
    proceso = multiprocessing.Process(target=calcular_cuadrado, args=(lotes, cola))
    proceso.start()
    for _ in lotes:
        cola.get()
    proceso.join()
    resultados = [[n * n for n in lote] for lote in lotes]
    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
