# esperado: cuelgue|incompleto
# Medio arreglo: una Pipe en vez de la Queue; main lee antes del join, pero «hasta que la tubería calle»: si poll(1) no ve nada en 1 s da la lectura por acabada y hace join(). Si el hijo tarda más de 1 s en mandar el siguiente lote (arranque con spawn lento, máquina cargada, lotes enormes), main deja de leer con lotes pendientes y espera a un hijo bloqueado en send() con la tubería llena: se cuelga (o devuelve lotes de menos).
import multiprocessing


def calcular_cuadrado(lotes, conexion):
    for lote in lotes:
        conexion.send([n * n for n in lote])
    conexion.close()


def main(lotes=((1, 2, 3), (4, 5))):
    recibir, enviar = multiprocessing.Pipe(duplex=False)

    proceso = multiprocessing.Process(target=calcular_cuadrado, args=(lotes, enviar))
    proceso.start()

    resultados = []
    while recibir.poll(1):
        resultados.append(recibir.recv())
    proceso.join()

    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
