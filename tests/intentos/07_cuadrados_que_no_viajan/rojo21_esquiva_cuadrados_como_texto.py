# esperado: sin_concurrencia|trampa
# Esquiva: main calcula los cuadrados y se los pasa al Pool como TEXTO; los trabajadores solo hacen int() y devuelven el número. Los cuadrados vuelven de los procesos (y no son los mismos objetos que main envió, ni siquiera del mismo tipo), pero el cálculo lo hizo el principal: el Pool de verdad solo convierte texto en números.
import multiprocessing


def calcular_cuadrado(n):
    return n * n


def main(numeros=(1, 2, 3, 4, 5)):
    textos = [str(calcular_cuadrado(n)) for n in numeros]
    with multiprocessing.Pool(2) as pool:
        resultados = pool.map(int, textos)
    print(resultados)
    return resultados


if __name__ == "__main__":
    main()
