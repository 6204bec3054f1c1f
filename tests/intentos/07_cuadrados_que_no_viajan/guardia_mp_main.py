# esperado: excepcion
# A medias: el Pool sigue en el módulo, solo se salta en los hijos de spawn; main() falla si el módulo se importa.
import multiprocessing


def calcular_cuadrado(n):
    return n * n


if __name__ != "__mp_main__":
    pool = multiprocessing.Pool(2)


def main(numeros=(1, 2, 3, 4, 5)):
    resultados = pool.map(calcular_cuadrado, numeros)
    print(resultados)
    return resultados


if __name__ == "__main__":
    main()
