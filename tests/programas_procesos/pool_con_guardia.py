"""El mismo Pool, bien protegido."""
import multiprocessing


def calcular_cuadrado(n):
    return n * n


def main(numeros=(1, 2, 3, 4, 5)):
    with multiprocessing.Pool(2) as pool:
        return pool.map(calcular_cuadrado, numeros)


if __name__ == "__main__":
    print(main())
