# esperado: trampa|sin_concurrencia
# Esquiva: manda una lambda al Pool y, cuando pickle falla, se traga la excepción y calcula los cuadrados en el proceso principal como «plan B».
import multiprocessing


def calcular_cuadrado(n):
    return n * n


def main(numeros=(1, 2, 3, 4, 5)):
    try:
        with multiprocessing.Pool(2) as pool:
            resultados = pool.map(lambda n: n * n, numeros)
    except Exception:
        # por si el Pool da guerra en algún sistema
        resultados = [calcular_cuadrado(n) for n in numeros]
    print(resultados)
    return resultados


if __name__ == "__main__":
    main()
