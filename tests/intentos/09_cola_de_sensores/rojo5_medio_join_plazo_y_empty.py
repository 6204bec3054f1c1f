# esperado: cuelgue|incompleto
# A medias: Join(timeout=2) (para no colgarse), después se vacía la cola con while not cola.empty() y al final join(). Con lotes grandes el hijo sigue vivo tras el plazo, bloqueado en la tubería; empty() puede dar True entre dos escrituras del hilo alimentador del hijo y el padre deja de leer con lotes pendientes.
import multiprocessing


def calcular_cuadrado(lotes, cola):
    for lote in lotes:
        cola.put([n * n for n in lote])


def main(lotes=((1, 2, 3), (4, 5))):
    cola = multiprocessing.Queue()
    proceso = multiprocessing.Process(target=calcular_cuadrado, args=(lotes, cola))
    proceso.start()
    proceso.join(timeout=2)
    resultados = []
    while not cola.empty():
        resultados.append(cola.get())
    proceso.join()
    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
