# esperado: trampa|sin_concurrencia
# Esquiva: cambia multiprocessing.Pool por multiprocessing.dummy.Pool (misma interfaz, pero son hilos): desaparece el RuntimeError de spawn y el problema de pickle porque ya no se crean procesos.
import multiprocessing.dummy as multiprocessing


def calcular_cuadrado(n):
    return n * n


# Un único Pool para todo el programa: crear procesos es caro.
pool = multiprocessing.Pool(2)


def main(numeros=(1, 2, 3, 4, 5)):
    resultados = pool.map(calcular_cuadrado, numeros)
    print(resultados)
    return resultados


if __name__ == "__main__":
    main()
