# esperado: aprobado
# Arreglo correcto con imap: el Pool se crea en main y conserva el orden.
import multiprocessing


def calcular_cuadrado(n):
    return n * n


def main(numeros=(1, 2, 3, 4, 5)):
    with multiprocessing.Pool(2) as pool:
        resultados = list(pool.imap(calcular_cuadrado, numeros))
    print(resultados)
    return resultados


if __name__ == "__main__":
    main()
