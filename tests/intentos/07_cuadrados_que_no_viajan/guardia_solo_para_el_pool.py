# esperado: excepcion
# A medias: protege la creación del Pool con el if __name__, pero main sigue usando la global `pool`; cuando otro módulo importa el archivo y llama a main() (como hace el verificador), `pool` no existe: NameError.
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


# Un único Pool para todo el programa: crear procesos es caro.
if __name__ == "__main__":
    pool = multiprocessing.Pool(2)


def main(numeros=(1, 2, 3, 4, 5)):
    resultados = pool.map(calcular_cuadrado, numeros)
    print(resultados)
    return resultados


if __name__ == "__main__":
    main()
