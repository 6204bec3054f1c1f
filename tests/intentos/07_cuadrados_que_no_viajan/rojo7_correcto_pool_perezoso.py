# esperado: aprobado
# Reparación alternativa que mantiene la «optimización»: el Pool se crea una sola
# vez, pero la primera vez que se llama a main (no al importar el módulo), y se
# cierra al salir con atexit.
import atexit
import multiprocessing

_pool = None


def calcular_cuadrado(n):
    return n * n


def _obtener_pool():
    global _pool
    if _pool is None:
        _pool = multiprocessing.Pool(2)
        atexit.register(_cerrar_pool)
    return _pool


def _cerrar_pool():
    global _pool
    if _pool is not None:
        _pool.close()
        _pool.join()
        _pool = None


def main(numeros=(1, 2, 3, 4, 5)):
    resultados = _obtener_pool().map(calcular_cuadrado, numeros)
    print(resultados)
    return resultados


if __name__ == "__main__":
    main()
