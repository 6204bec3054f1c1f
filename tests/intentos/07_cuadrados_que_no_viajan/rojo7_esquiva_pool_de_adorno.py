# esperado: sin_concurrencia
# Esquiva: el Pool solo aplica int() (trabajo de adorno); el cuadrado se hace en main.
import multiprocessing


def main(numeros=(1, 2, 3, 4, 5)):
    with multiprocessing.Pool(2) as pool:
        copias = pool.map(int, numeros)
    resultados = [n * n for n in copias]
    print(resultados)
    return resultados


if __name__ == "__main__":
    main()
