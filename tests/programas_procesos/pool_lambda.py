"""Una lambda enviada a un Pool: no se puede serializar."""
import multiprocessing


def main(numeros=(1, 2, 3, 4, 5)):
    with multiprocessing.Pool(2) as pool:
        return pool.map(lambda n: n * n, numeros)


if __name__ == "__main__":
    print(main())
