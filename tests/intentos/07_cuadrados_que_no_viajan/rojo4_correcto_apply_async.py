# esperado: aprobado
# Arreglo correcto: Un apply_async por número; get() en orden antes de cerrar el Pool.
import multiprocessing


def calcular_cuadrado(n):
    return n * n


def main(numeros=(1, 2, 3, 4, 5)):
    pool = multiprocessing.Pool(2)
    try:
        pendientes = [pool.apply_async(calcular_cuadrado, (n,)) for n in numeros]
        resultados = [p.get() for p in pendientes]
    finally:
        pool.close()
        pool.join()
    print(resultados)
    return resultados


if __name__ == "__main__":
    main()

