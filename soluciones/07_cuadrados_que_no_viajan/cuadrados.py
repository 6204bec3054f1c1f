'''
    Para implementar paralelismo, utilizamos multiprocessing,
    que permite la ejecución de procesos de manera paralela.
    Aquí tienes un ejemplo para calcular el cuadrado
    de números de forma simultánea.

    El Pool se crea dentro de main() y la función que reciben los
    procesos está definida en el nivel superior del módulo.
'''
import multiprocessing


def calcular_cuadrado(n):
    return n * n


def main(numeros=(1, 2, 3, 4, 5)):
    with multiprocessing.Pool(2) as pool:
        resultados = pool.map(calcular_cuadrado, numeros)
    print(resultados)
    return resultados


if __name__ == "__main__":
    main()
