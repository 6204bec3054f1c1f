# esperado: excepcion
# Media reparación: el Pool global se protege con `if __name__ == "__main__"`,
# pero main lo sigue usando como global: si el módulo se importa y se llama a
# main (como hace cualquier otro programa, o el verificador), `pool` no existe.
import multiprocessing


def calcular_cuadrado(n):
    return n * n


def main(numeros=(1, 2, 3, 4, 5)):
    resultados = pool.map(calcular_cuadrado, numeros)
    print(resultados)
    return resultados


if __name__ == "__main__":
    pool = multiprocessing.Pool(2)
    main()
