# esperado: sin_concurrencia
# Esquiva: main calcula los cuadrados él mismo y luego los «pasa» por el Pool con abs (identidad para números >= 0), para que parezca que vuelven de los trabajadores; el cálculo sigue en el principal.
import multiprocessing


def main(numeros=(1, 2, 3, 4, 5)):
    cuadrados = [n * n for n in numeros]
    with multiprocessing.Pool(2) as pool:
        resultados = pool.map(abs, cuadrados)
    print(resultados)
    return resultados


if __name__ == "__main__":
    main()
