# esperado: cuelgue
# Media reparación: el Pool ya está en main, pero map_async se lanza dentro del with y el .get() se hace fuera; al salir del with se llama a terminate(), que mata a los trabajadores antes de que acaben (con spawn tardan en arrancar) y get() espera para siempre.
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
