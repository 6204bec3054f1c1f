# esperado: sin_concurrencia|trampa
# Esquiva: deja el Pool a nivel de módulo pero lo cambia por multiprocessing.pool.ThreadPool, que tiene la misma interfaz y no arranca procesos, así que el error de spawn desaparece sin usar procesos.
from multiprocessing.pool import ThreadPool


def calcular_cuadrado(n):
    return n * n


# Un único Pool para todo el programa: crear procesos es caro.
pool = ThreadPool(2)


def main(numeros=(1, 2, 3, 4, 5)):
    resultados = pool.map(calcular_cuadrado, numeros)
    print(resultados)
    return resultados


if __name__ == "__main__":
    main()
