# esperado: aprobado
# Arreglo correcto: pool.map (ordenado) devuelve tuplas (n, cuadrado) y main solo desempaqueta el segundo campo.
import multiprocessing


def calcular_cuadrado(n):
    return n * n


def _par(n):
    return n, calcular_cuadrado(n)


def main(numeros=(1, 2, 3, 4, 5)):
    with multiprocessing.Pool(2) as pool:
        pares = pool.map(_par, numeros)
    resultados = [c for _, c in pares]
    print(resultados)
    return resultados


if __name__ == "__main__":
    main()
