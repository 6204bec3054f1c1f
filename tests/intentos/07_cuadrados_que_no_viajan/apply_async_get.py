# esperado: aprobado
# Arreglo correcto con apply_async: se piden todos los resultados con get() antes de cerrar el Pool.
import multiprocessing


def calcular_cuadrado(n):
    return n * n


def main(numeros=(1, 2, 3, 4, 5)):
    with multiprocessing.Pool(3) as pool:
        pendientes = [pool.apply_async(calcular_cuadrado, (n,)) for n in numeros]
        resultados = [p.get(timeout=30) for p in pendientes]
    print(resultados)
    return resultados


if __name__ == "__main__":
    main()
