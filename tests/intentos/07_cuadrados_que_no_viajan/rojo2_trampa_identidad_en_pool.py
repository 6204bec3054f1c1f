# esperado: sin_concurrencia
# Esquiva: el Pool solo devuelve los números tal cual (función identidad);
# el cuadrado se calcula en el proceso principal.
import multiprocessing


def calcular_cuadrado(n):
    return n


def main(numeros=(1, 2, 3, 4, 5)):
    with multiprocessing.Pool(2) as pool:
        recibidos = pool.map(calcular_cuadrado, numeros)
    resultados = [n * n for n in recibidos]
    print(resultados)
    return resultados


if __name__ == "__main__":
    main()
