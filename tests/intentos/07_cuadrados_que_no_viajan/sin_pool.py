# esperado: sin_concurrencia
# Esquiva: calcula los cuadrados en el proceso principal; ningún proceso trabaja.
def calcular_cuadrado(n):
    return n * n


def main(numeros=(1, 2, 3, 4, 5)):
    resultados = [calcular_cuadrado(n) for n in numeros]
    print(resultados)
    return resultados


if __name__ == "__main__":
    main()
