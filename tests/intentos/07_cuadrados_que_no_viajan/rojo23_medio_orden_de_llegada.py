# esperado: carrera|incompleto
# A medias: crea el Pool dentro de main como debe, pero usa imap_unordered con trozos de 1, así que el orden de la lista es el de terminación de los trabajadores; si el trabajador con el número 1 se retrasa, su cuadrado llega después del de otro.
import multiprocessing


def calcular_cuadrado(n):
    return n * n


def main(numeros=(1, 2, 3, 4, 5)):
    with multiprocessing.Pool(2) as pool:
        resultados = list(pool.imap_unordered(calcular_cuadrado, numeros, chunksize=1))
    print(resultados)
    return resultados


if __name__ == "__main__":
    main()
