# esperado: aprobado
# Reparación: se mantiene la "optimización" (un Pool para todo el programa), pero
# se crea la primera vez que se llama a main, no al importar el módulo; así los
# hijos de spawn, que importan el módulo, no crean otro Pool.
import multiprocessing

_pool = None


def calcular_cuadrado(n):
    return n * n


def _obtener_pool():
    global _pool
    if _pool is None:
        _pool = multiprocessing.Pool(2)
    return _pool


def main(numeros=(1, 2, 3, 4, 5)):
    resultados = _obtener_pool().map(calcular_cuadrado, numeros)
    print(resultados)
    return resultados


if __name__ == "__main__":
    main()
