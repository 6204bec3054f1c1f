# esperado: aprobado
# Arreglo correcto: el Pool se crea dentro de main y se cierra con try/finally (close + join); el reparto se hace con pool.imap, que conserva el orden.
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
    pool = multiprocessing.Pool(2)
    try:
        resultados = list(pool.imap(calcular_cuadrado, numeros))
    finally:
        pool.close()
        pool.join()
    print(resultados)
    return resultados


if __name__ == "__main__":
    main()
