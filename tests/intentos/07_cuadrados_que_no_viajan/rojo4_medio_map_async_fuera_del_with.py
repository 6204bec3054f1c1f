# esperado: cuelgue
# A medias: Map_async dentro del with, pero get() fuera: al salir del with el Pool hace terminate() y el resultado puede no llegar nunca.
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

