# esperado: cuelgue|excepcion
# Media reparación: el Pool ya se crea en main, pero con map_async y el get() fuera del with; al salir del with se llama a terminate() y, si los procesos (que en spawn tardan en arrancar) no han entregado los resultados antes, el AsyncResult nunca se completa y get() espera para siempre.
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
