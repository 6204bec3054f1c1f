# esperado: sin_concurrencia
# Esquiva: el Pool calcula otra cosa (abs) y main devuelve los cuadrados que calculó él mismo.
import multiprocessing


def calcular_cuadrado(n):
    return n * n


def main(numeros=(1, 2, 3, 4, 5)):
    with multiprocessing.Pool(2) as pool:
        pool.map(abs, numeros)
    resultados = [calcular_cuadrado(n) for n in numeros]
    print(resultados)
    return resultados


if __name__ == "__main__":
    main()
