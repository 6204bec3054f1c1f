# esperado: aprobado
# Arreglo correcto: Join(timeout=2) (acotado), después se vacía la cola con get() contados, y un join() final.
import multiprocessing


def calcular_cuadrado(lotes, cola):
    for lote in lotes:
        cola.put([n * n for n in lote])


def main(lotes=((1, 2, 3), (4, 5))):
    cola = multiprocessing.Queue()
    proceso = multiprocessing.Process(target=calcular_cuadrado, args=(lotes, cola))
    proceso.start()
    proceso.join(timeout=2)
    resultados = [cola.get() for _ in range(len(lotes))]
    proceso.join()
    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()

