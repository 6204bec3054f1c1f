# esperado: carrera|incompleto
# PENDIENTE (falsa aprobación, rojo2 s14): semillas 1 y 2 aprueban, la 3 da carrera; en CPython real (spawn, carga ~20) main(range(30)) devolvió desordenado 3 de 10 veces.
# Media reparación: Pool dentro de main, pero imap_unordered: los cuadrados llegan en el
# orden en que acaban los procesos; si el trabajador del primer número va más lento, salen desordenados.
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
