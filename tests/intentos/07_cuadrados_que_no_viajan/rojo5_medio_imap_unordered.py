# esperado: carrera
# A medias: Imap_unordered con chunksize=1 «porque es más rápido». Si un trabajador acaba su número antes que el otro el suyo (planificación normal con dos procesos), la lista sale desordenada.
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
