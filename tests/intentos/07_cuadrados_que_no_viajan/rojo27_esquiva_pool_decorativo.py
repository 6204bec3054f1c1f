# esperado: sin_concurrencia|trampa
# Esquiva: crea un Pool en main y le manda un map de adorno sobre una lista vacía, pero los cuadrados se calculan en el proceso principal con una lista por comprensión.
'''
    Para implementar paralelismo, utilizamos multiprocessing,
    que permite la ejecución de procesos de manera paralela.
    Aquí tienes un ejemplo para calcular el cuadrado
    de números de forma simultánea.

    Versión «optimizada» del equipo: el Pool se crea una sola vez,
    al cargar el módulo, y así main() no paga el coste de crearlo.
'''
import multiprocessing


def calcular_cuadrado(n):
    return n * n


def main(numeros=(1, 2, 3, 4, 5)):
    with multiprocessing.Pool(2) as pool:
        pool.map(calcular_cuadrado, [])
    resultados = [calcular_cuadrado(n) for n in numeros]
    print(resultados)
    return resultados


if __name__ == "__main__":
    main()
