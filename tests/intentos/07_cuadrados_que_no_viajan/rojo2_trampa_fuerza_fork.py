# esperado: excepcion|trampa|sin_concurrencia
# Esquiva: se fuerza el método de arranque «fork» (solo existe en Unix) para que el
# Pool global deje de fallar; en Windows sigue roto y en macOS fork no es seguro.
import multiprocessing

try:
    multiprocessing.set_start_method("fork", force=True)
except (RuntimeError, ValueError):
    pass


def calcular_cuadrado(n):
    return n * n


pool = multiprocessing.get_context("fork").Pool(2)


def main(numeros=(1, 2, 3, 4, 5)):
    resultados = pool.map(calcular_cuadrado, numeros)
    print(resultados)
    return resultados


if __name__ == "__main__":
    main()
