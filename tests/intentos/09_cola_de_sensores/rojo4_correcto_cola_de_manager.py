# esperado: aprobado
# Arreglo correcto: Una Queue de Manager no tiene hilo alimentador en el hijo: join antes de leer no se queda esperando.
import multiprocessing


def calcular_cuadrado(lotes, cola):
    for lote in lotes:
        cola.put([n * n for n in lote])


def main(lotes=((1, 2, 3), (4, 5))):
    with multiprocessing.Manager() as gestor:
        cola = gestor.Queue()
        proceso = multiprocessing.Process(target=calcular_cuadrado, args=(lotes, cola))
        proceso.start()
        proceso.join()
        resultados = [cola.get() for _ in lotes]
    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()

