# esperado: sin_concurrencia
# Esquiva: cambia el Pool por multiprocessing.pool.ThreadPool (hilos, no procesos); ya no falla con spawn, pero el caso exige procesos de un multiprocessing.Pool.
'''
    Para implementar paralelismo, utilizamos multiprocessing,
    que permite la ejecución de procesos de manera paralela.
    Aquí tienes un ejemplo para calcular el cuadrado
    de números de forma simultánea.

    Versión «optimizada» del equipo: el Pool se crea una sola vez,
    al cargar el módulo, y así main() no paga el coste de crearlo.
'''
import multiprocessing
import multiprocessing.pool


def calcular_cuadrado(n):
    return n * n


# Un único Pool para todo el programa: crear procesos es caro.
pool = multiprocessing.pool.ThreadPool(2)  # sin procesos, sin problemas con spawn


def main(numeros=(1, 2, 3, 4, 5)):
    resultados = pool.map(calcular_cuadrado, numeros)
    print(resultados)
    return resultados


if __name__ == "__main__":
    main()
