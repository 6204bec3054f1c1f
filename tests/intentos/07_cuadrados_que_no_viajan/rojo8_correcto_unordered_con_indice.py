# esperado: aprobado
# Arreglo correcto: imap_unordered (más rápido) pero cada tarea devuelve (índice, cuadrado) y main los coloca por índice: el orden de llegada ya no importa.
import multiprocessing


def calcular_cuadrado(par):
    i, n = par
    return i, n * n


def main(numeros=(1, 2, 3, 4, 5)):
    resultados = [None] * len(numeros)
    with multiprocessing.Pool(2) as pool:
        for i, cuadrado in pool.imap_unordered(calcular_cuadrado, enumerate(numeros)):
            resultados[i] = cuadrado
    print(resultados)
    return resultados


if __name__ == "__main__":
    main()
