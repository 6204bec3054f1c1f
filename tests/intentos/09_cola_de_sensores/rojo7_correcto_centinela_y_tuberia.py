# esperado: aprobado
# Reparación alternativa: Pipe con centinela; main lee hasta el centinela y
# después hace join.
import multiprocessing


def calcular_cuadrado(lotes, conexion):
    for lote in lotes:
        conexion.send([n * n for n in lote])
    conexion.send(None)
    conexion.close()


def main(lotes=((1, 2, 3), (4, 5))):
    receptor, emisor = multiprocessing.Pipe(duplex=False)
    proceso = multiprocessing.Process(target=calcular_cuadrado, args=(lotes, emisor))
    proceso.start()
    emisor.close()
    resultados = []
    while (lote := receptor.recv()) is not None:
        resultados.append(lote)
    proceso.join()
    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
