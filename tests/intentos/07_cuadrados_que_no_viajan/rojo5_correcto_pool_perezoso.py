# esperado: aprobado
# Arreglo correcto: Se conserva la «optimización» (un Pool para todo el programa) pero se crea la primera vez que se llama a main, no al importar: los hijos de spawn importan el módulo sin crear otro Pool. Se cierra al salir con atexit.
import atexit
import multiprocessing


def calcular_cuadrado(n):
    return n * n


_pool = None


def _cerrar():
    if _pool is not None:
        _pool.close()
        _pool.join()


def main(numeros=(1, 2, 3, 4, 5)):
    global _pool
    if _pool is None:
        _pool = multiprocessing.Pool(2)
        atexit.register(_cerrar)
    resultados = _pool.map(calcular_cuadrado, numeros)
    print(resultados)
    return resultados


if __name__ == "__main__":
    main()
