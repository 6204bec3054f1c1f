# esperado: aprobado
# Arreglo correcto: el Pool se crea dentro de main (nada de procesos al importar, que spawn reimporta); imap_unordered devuelve (índice, cuadrado) en cualquier orden y se recoloca por índice.
import multiprocessing


def calcular_cuadrado(n):
    return n * n


def _cuadrado_con_indice(par):
    indice, n = par
    return indice, calcular_cuadrado(n)


def main(numeros=(1, 2, 3, 4, 5)):
    numeros = list(numeros)
    resultados = [None] * len(numeros)
    with multiprocessing.Pool(2) as pool:
        for indice, cuadrado in pool.imap_unordered(_cuadrado_con_indice, enumerate(numeros), chunksize=4):
            resultados[indice] = cuadrado
    print(resultados)
    return resultados


if __name__ == "__main__":
    main()
