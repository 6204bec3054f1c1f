# esperado: aprobado
# Correcto: conserva la «optimización» de un único Pool, pero lo crea de forma perezosa la primera vez que se llama a main (nunca al importar), así que los hijos spawn que releen el módulo no crean ninguno; usa imap, que respeta el orden.
import multiprocessing


def calcular_cuadrado(n):
    return n * n


# Un único Pool para todo el programa, creado solo cuando hace falta.
_pool = None


def _obtener_pool():
    global _pool
    if _pool is None:
        _pool = multiprocessing.Pool(2)
    return _pool


def main(numeros=(1, 2, 3, 4, 5)):
    pool = _obtener_pool()
    resultados = list(pool.imap(calcular_cuadrado, numeros, chunksize=2))
    print(resultados)
    return resultados


if __name__ == "__main__":
    main()
