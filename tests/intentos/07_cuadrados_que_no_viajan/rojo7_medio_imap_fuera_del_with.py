# esperado: cuelgue
# Medio arreglo: guardia y Pool dentro de main, pero el iterador de imap se consume
# después del `with`, que llama a terminate(): los trabajadores mueren antes de
# entregar y list() espera para siempre.
import multiprocessing


def calcular_cuadrado(n):
    return n * n


def main(numeros=(1, 2, 3, 4, 5)):
    with multiprocessing.Pool(2) as pool:
        pendientes = pool.imap(calcular_cuadrado, numeros)
    resultados = list(pendientes)
    print(resultados)
    return resultados


if __name__ == "__main__":
    main()
