# esperado: excepcion
# A medias: El Pool ya está en main, pero una lambda no se puede enviar con pickle a los hijos.
import multiprocessing


def main(numeros=(1, 2, 3, 4, 5)):
    with multiprocessing.Pool(2) as pool:
        resultados = pool.map(lambda n: n * n, numeros)
    print(resultados)
    return resultados


if __name__ == "__main__":
    main()

