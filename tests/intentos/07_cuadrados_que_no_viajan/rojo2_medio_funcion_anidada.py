# esperado: excepcion
# Media reparación: Pool dentro de main, pero la función es local a main:
# no se puede serializar con pickle para mandarla a los hijos.
import multiprocessing


def main(numeros=(1, 2, 3, 4, 5)):
    def calcular_cuadrado(n):
        return n * n

    with multiprocessing.Pool(2) as pool:
        resultados = pool.map(calcular_cuadrado, numeros)
    print(resultados)
    return resultados


if __name__ == "__main__":
    main()
