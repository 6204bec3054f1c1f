# esperado: aprobado
# Arreglo correcto: mantiene la optimización de un único Pool, pero lo crea de forma perezosa en la primera llamada a main (nunca al importar el módulo) y reparte con map_async().get().
import multiprocessing

_pool = None  # al importar el módulo (también en cada hijo spawn) no se crea nada


def calcular_cuadrado(n):
    return n * n


def _obtener_pool():
    global _pool
    if _pool is None:
        _pool = multiprocessing.Pool(2)  # solo quien llama a main lo crea, y una sola vez
    return _pool


def main(numeros=(1, 2, 3, 4, 5)):
    resultados = _obtener_pool().map_async(calcular_cuadrado, numeros).get()
    print(resultados)
    return resultados


if __name__ == "__main__":
    main()
