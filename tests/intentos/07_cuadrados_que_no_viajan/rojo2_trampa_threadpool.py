# esperado: sin_concurrencia
# Esquiva: multiprocessing.pool.ThreadPool (misma interfaz que Pool, pero con
# hilos): no hay procesos, así que spawn y pickle dejan de importar.
from multiprocessing.pool import ThreadPool


def calcular_cuadrado(n):
    return n * n


pool = ThreadPool(2)


def main(numeros=(1, 2, 3, 4, 5)):
    resultados = pool.map(calcular_cuadrado, numeros)
    print(resultados)
    return resultados


if __name__ == "__main__":
    main()
