# esperado: incompleto|carrera
# A medias: imap_unordered con chunksize 1 devuelve los cuadrados en el orden en que acaban; si un trabajador se retrasa (carga de la máquina), salen desordenados.
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
