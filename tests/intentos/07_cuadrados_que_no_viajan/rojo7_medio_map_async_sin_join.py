# esperado: incompleto
# Medio arreglo: map_async con callback y close() sin join(): main devuelve la
# lista antes de que el hilo de resultados del Pool llame al callback (en
# CPython, siempre que el Pool tarde más que main en volver, casi siempre).
import multiprocessing


def calcular_cuadrado(n):
    return n * n


def main(numeros=(1, 2, 3, 4, 5)):
    resultados = []
    pool = multiprocessing.Pool(2)
    pool.map_async(calcular_cuadrado, numeros, callback=resultados.extend)
    pool.close()
    print(resultados)
    return resultados


if __name__ == "__main__":
    main()
