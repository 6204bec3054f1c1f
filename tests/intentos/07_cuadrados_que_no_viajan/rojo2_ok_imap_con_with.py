# esperado: aprobado
# Reparación: el Pool se crea dentro de main (en un `with`), y se usa imap.
import multiprocessing


def calcular_cuadrado(n):
    return n * n


def main(numeros=(1, 2, 3, 4, 5)):
    with multiprocessing.Pool(2) as pool:
        resultados = list(pool.imap(calcular_cuadrado, numeros, chunksize=1))
    print(resultados)
    return resultados


if __name__ == "__main__":
    main()
