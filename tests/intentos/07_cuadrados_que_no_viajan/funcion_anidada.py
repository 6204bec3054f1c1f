# esperado: excepcion
# A medias: la función está definida dentro de main; pickle no la encuentra por su nombre en el hijo.
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
