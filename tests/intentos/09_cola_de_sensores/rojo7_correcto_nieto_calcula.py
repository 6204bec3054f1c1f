# esperado: aprobado
# Reparación alternativa: el proceso aparte delega el cálculo en un nieto que
# envía por la misma cola; main saca todo antes de join.
import multiprocessing


def calcular(lotes, cola):
    for lote in lotes:
        cola.put([n * n for n in lote])


def calcular_cuadrado(lotes, cola):
    nieto = multiprocessing.Process(target=calcular, args=(lotes, cola))
    nieto.start()
    nieto.join()


def main(lotes=((1, 2, 3), (4, 5))):
    cola = multiprocessing.Queue()
    proceso = multiprocessing.Process(target=calcular_cuadrado, args=(lotes, cola))
    proceso.start()
    resultados = [cola.get() for _ in lotes]
    proceso.join()
    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
