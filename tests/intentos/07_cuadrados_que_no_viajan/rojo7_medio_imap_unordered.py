# esperado: carrera
# Medio arreglo: con guardia y Pool dentro de main, pero imap_unordered: los
# cuadrados llegan en el orden en que acaban los trabajadores, no el de `numeros`
# (con 2 procesos y chunksize=1, en cuanto uno va un poco más lento).
import multiprocessing


def calcular_cuadrado(n):
    return n * n


def main(numeros=(1, 2, 3, 4, 5)):
    with multiprocessing.Pool(2) as pool:
        resultados = list(pool.imap_unordered(calcular_cuadrado, numeros))
    print(resultados)
    return resultados


if __name__ == "__main__":
    main()
