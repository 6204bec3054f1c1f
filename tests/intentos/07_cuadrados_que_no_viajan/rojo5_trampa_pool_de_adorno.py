# esperado: sin_concurrencia
# Esquiva: El Pool existe y trabaja (calcula el cuadrado del primer número) pero la lista entera se calcula en el proceso principal.
import multiprocessing


def calcular_cuadrado(n):
    return n * n


def main(numeros=(1, 2, 3, 4, 5)):
    with multiprocessing.Pool(2) as pool:
        if numeros:
            pool.apply(calcular_cuadrado, (numeros[0],))
    resultados = [n * n for n in numeros]
    print(resultados)
    return resultados


if __name__ == "__main__":
    main()
