# esperado: aprobado
# Arreglo correcto: JoinableQueue: el hijo espera con cola.join() a que el padre confirme cada lote con task_done(); el padre lee exactamente len(lotes) lotes y luego hace join.
import multiprocessing


def calcular_cuadrado(lotes, cola):
    for lote in lotes:
        cola.put([n * n for n in lote])
    cola.join()


def main(lotes=((1, 2, 3), (4, 5))):
    cola = multiprocessing.JoinableQueue()
    proceso = multiprocessing.Process(target=calcular_cuadrado, args=(lotes, cola))
    proceso.start()
    resultados = []
    for _ in range(len(lotes)):
        resultados.append(cola.get())
        cola.task_done()
    proceso.join()
    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
