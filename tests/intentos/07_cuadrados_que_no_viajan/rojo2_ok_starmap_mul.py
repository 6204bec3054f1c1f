# esperado: aprobado
# Reparación: Pool dentro de main y el trabajo lo hace una función de la
# biblioteca (operator.mul) en los procesos del Pool.
import multiprocessing
import operator


def calcular_cuadrado(n):
    return n * n


def main(numeros=(1, 2, 3, 4, 5)):
    with multiprocessing.Pool(2) as pool:
        resultados = pool.starmap(operator.mul, [(n, n) for n in numeros])
    print(resultados)
    return resultados


if __name__ == "__main__":
    main()
