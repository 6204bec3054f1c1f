# esperado: carrera
# Media reparación: Pool dentro de main, pero usa imap_unordered con chunksize=1 sin reordenar; si un trabajador termina su número antes que el otro (cambio de contexto o carga), los cuadrados salen desordenados.
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
