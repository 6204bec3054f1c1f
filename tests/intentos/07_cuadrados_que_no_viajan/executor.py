# esperado: aprobado
# Arreglo correcto con ProcessPoolExecutor.map (también usa spawn en Windows y macOS).
from concurrent.futures import ProcessPoolExecutor


def calcular_cuadrado(n):
    return n * n


def main(numeros=(1, 2, 3, 4, 5)):
    with ProcessPoolExecutor(max_workers=2) as ejecutor:
        resultados = list(ejecutor.map(calcular_cuadrado, numeros))
    print(resultados)
    return resultados


if __name__ == "__main__":
    main()
