# esperado: aprobado
# Arreglo correcto: se conserva la "optimización" de un único Pool, pero se crea de forma perezosa en la primera llamada a main (nunca al importar el módulo, así que los hijos spawn no lo recrean); se cierra con atexit.
'''
    Para implementar paralelismo, utilizamos multiprocessing,
    que permite la ejecución de procesos de manera paralela.
    Aquí tienes un ejemplo para calcular el cuadrado
    de números de forma simultánea.

    Versión «optimizada» del equipo: el Pool se crea una sola vez,
    al cargar el módulo, y así main() no paga el coste de crearlo.
'''
import atexit
import multiprocessing


def calcular_cuadrado(n):
    return n * n


# Un único Pool para todo el programa, pero creado la primera vez que se usa,
# no al cargar el módulo (los hijos spawn cargan el módulo y no deben crearlo).
_pool = None


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
