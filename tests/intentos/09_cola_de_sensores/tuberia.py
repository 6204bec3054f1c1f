# esperado: aprobado
# Correcto con Pipe: el hijo envía cada lote y el principal recibe uno por lote antes del join.
import multiprocessing


def calcular_cuadrado(lotes, conexion):
    for lote in lotes:
        conexion.send([n * n for n in lote])
    conexion.close()


def main(lotes=((1, 2, 3), (4, 5))):
    recibir, enviar = multiprocessing.Pipe(duplex=False)
    proceso = multiprocessing.Process(target=calcular_cuadrado, args=(lotes, enviar))
    proceso.start()
    resultados = [recibir.recv() for _ in lotes]
    proceso.join()
    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
