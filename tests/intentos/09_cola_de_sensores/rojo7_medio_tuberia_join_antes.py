# esperado: cuelgue
# Medio arreglo: una Pipe en vez de la Queue, pero main hace join() antes de
# recv(). Con lotes grandes el send() del hijo llena la tubería (64 KiB en Linux)
# y se bloquea esperando a que main lea, mientras main espera a que el hijo acabe.
import multiprocessing


def calcular_cuadrado(lotes, conexion):
    for lote in lotes:
        conexion.send([n * n for n in lote])
    conexion.close()


def main(lotes=((1, 2, 3), (4, 5))):
    receptor, emisor = multiprocessing.Pipe(duplex=False)
    proceso = multiprocessing.Process(target=calcular_cuadrado, args=(lotes, emisor))
    proceso.start()
    proceso.join()
    resultados = [receptor.recv() for _ in lotes]
    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
