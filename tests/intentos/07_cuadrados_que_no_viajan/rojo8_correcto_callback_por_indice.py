# esperado: aprobado
# Arreglo correcto: apply_async con callback que guarda cada cuadrado en su posición; close() y join() antes de usar la lista, así que llegan todos y en su sitio.
import functools
import multiprocessing


def calcular_cuadrado(n):
    return n * n


def _guardar(resultados, i, valor):
    resultados[i] = valor


def main(numeros=(1, 2, 3, 4, 5)):
    resultados = [None] * len(numeros)
    pool = multiprocessing.Pool(2)
    try:
        for i, n in enumerate(numeros):
            pool.apply_async(calcular_cuadrado, (n,),
                             callback=functools.partial(_guardar, resultados, i))
        pool.close()
        pool.join()
    finally:
        pool.terminate()
    print(resultados)
    return resultados


if __name__ == "__main__":
    main()
