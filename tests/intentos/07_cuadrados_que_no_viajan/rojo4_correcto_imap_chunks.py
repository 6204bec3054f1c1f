# esperado: aprobado
# Arreglo correcto: Imap (ordenado) con chunksize, consumido dentro del with.
import multiprocessing


def calcular_cuadrado(n):
    return n * n


def main(numeros=(1, 2, 3, 4, 5)):
    with multiprocessing.Pool(processes=2) as pool:
        resultados = list(pool.imap(calcular_cuadrado, numeros, chunksize=2))
    print(resultados)
    return resultados


if __name__ == "__main__":
    main()

