# esperado: sin_concurrencia|trampa
# Esquiva: El Pool trabaja (abs) para aparentar, pero los cuadrados los calcula el proceso principal.
import multiprocessing


def main(numeros=(1, 2, 3, 4, 5)):
    with multiprocessing.Pool(2) as pool:
        copias = pool.map(abs, numeros)
    resultados = [n * n for n in numeros]
    del copias
    print(resultados)
    return resultados


if __name__ == "__main__":
    main()

