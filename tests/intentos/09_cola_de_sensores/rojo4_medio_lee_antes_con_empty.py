# esperado: cuelgue|incompleto
# A medias: Lee la cola antes del join, pero con empty(): si el hijo aún no envió nada, sale con 0 lotes.
import multiprocessing


def calcular_cuadrado(lotes, cola):
    for lote in lotes:
        cola.put([n * n for n in lote])


def main(lotes=((1, 2, 3), (4, 5))):
    cola = multiprocessing.Queue()
    proceso = multiprocessing.Process(target=calcular_cuadrado, args=(lotes, cola))
    proceso.start()
    resultados = []
    while not cola.empty():
        resultados.append(cola.get())
    proceso.join()
    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()

