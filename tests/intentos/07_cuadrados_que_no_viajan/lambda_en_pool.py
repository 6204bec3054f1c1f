# esperado: excepcion
# A medias: el Pool ya está en main, pero una lambda no se puede enviar con pickle (falla con spawn y con fork).
import multiprocessing


def main(numeros=(1, 2, 3, 4, 5)):
    with multiprocessing.Pool(2) as pool:
        resultados = pool.map(lambda n: n * n, numeros)
    print(resultados)
    return resultados


if __name__ == "__main__":
    main()
