# esperado: excepcion
# Media reparación: mueve la creación del Pool al bloque if __name__ == "__main__"; como script funciona, pero quien importa el módulo y llama a main() (el verificador) no tiene pool -> NameError.
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
    resultados = pool.map(calcular_cuadrado, numeros)
    print(resultados)
    return resultados


if __name__ == "__main__":
    # Un único Pool para todo el programa: crear procesos es caro.
    pool = multiprocessing.Pool(2)
    main()
