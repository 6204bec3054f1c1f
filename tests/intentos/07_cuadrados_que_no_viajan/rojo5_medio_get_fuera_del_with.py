# esperado: cuelgue
# A medias: Map_async dentro del with y .get() fuera. Pool.__exit__ llama a terminate(): si los trabajadores no han acabado cuando se sale del with (lo normal), se matan y get() espera para siempre.
import multiprocessing


def calcular_cuadrado(n):
    return n * n


def main(numeros=(1, 2, 3, 4, 5)):
    with multiprocessing.Pool(2) as pool:
        pendiente = pool.map_async(calcular_cuadrado, numeros)
    resultados = pendiente.get()
    print(resultados)
    return resultados


if __name__ == "__main__":
    main()
