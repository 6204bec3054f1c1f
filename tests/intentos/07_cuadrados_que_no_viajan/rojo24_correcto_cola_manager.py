# esperado: aprobado
# Correcto: los trabajadores del Pool dejan (i, n*n) en una cola del Manager (put síncrono); tras pool.map todo está ya en la cola, y main, único lector, la vacía con get(timeout=1) hasta Empty
import multiprocessing
import queue


def calcular_cuadrado(args):
    i, n, cola = args
    cola.put((i, n * n))
    return i


def main(numeros=(1, 2, 3, 4, 5)):
    with multiprocessing.Manager() as manager:
        cola = manager.Queue()
        with multiprocessing.Pool(2) as pool:
            pool.map(calcular_cuadrado, [(i, n, cola) for i, n in enumerate(numeros)])
            pares = []
            while True:
                try:
                    pares.append(cola.get(timeout=1))
                except queue.Empty:
                    break
    resultados = [c for _, c in sorted(pares)]
    print(resultados)
    return resultados


if __name__ == "__main__":
    main()
