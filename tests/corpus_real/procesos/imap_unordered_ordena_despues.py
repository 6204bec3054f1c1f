# esperado: aprobado
# requiere: procesos
# Pool.imap_unordered devolviendo (índice, valor): el principal ordena por
# índice al final, así que el orden de llegada no importa.
from multiprocessing import Pool


def cuadrado_con_indice(par):
    i, n = par
    return i, n * n


if __name__ == "__main__":
    numeros = [7, 2, 9, 4, 1, 8, 3]
    with Pool(2) as pool:
        pares = list(pool.imap_unordered(cuadrado_con_indice, enumerate(numeros)))
    cuadrados = [valor for _, valor in sorted(pares)]
    print(cuadrados)
    assert cuadrados == [n * n for n in numeros], cuadrados
