# esperado: aprobado
# Correcto: map_async y get(timeout=0.5) que reintenta tras TimeoutError; los trabajadores duermen un poco (time.sleep) para simular trabajo
import multiprocessing
import time


def calcular_cuadrado(n):
    time.sleep(0.05)
    return n * n


def main(numeros=(1, 2, 3, 4, 5)):
    with multiprocessing.Pool(2) as pool:
        pendiente = pool.map_async(calcular_cuadrado, numeros)
        while True:
            try:
                resultados = pendiente.get(timeout=0.5)
                break
            except multiprocessing.TimeoutError:
                continue
    print(resultados)
    return resultados


if __name__ == "__main__":
    main()
