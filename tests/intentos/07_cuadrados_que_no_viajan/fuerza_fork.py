# esperado: excepcion
# A medias: fuerza fork para esquivar spawn; en Windows no existe y aquí el método de arranque ya está fijado.
import multiprocessing

multiprocessing.set_start_method("fork")


def calcular_cuadrado(n):
    return n * n


def main(numeros=(1, 2, 3, 4, 5)):
    with multiprocessing.Pool(2) as pool:
        resultados = pool.map(calcular_cuadrado, numeros)
    print(resultados)
    return resultados


if __name__ == "__main__":
    main()
