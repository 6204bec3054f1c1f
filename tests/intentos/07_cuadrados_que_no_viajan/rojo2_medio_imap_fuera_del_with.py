# esperado: cuelgue|excepcion|incompleto
# Media reparación: Pool dentro de main, pero el iterador perezoso de imap se
# consume DESPUÉS de salir del `with`, que ya terminó (terminate) el Pool: los
# resultados que no llegaron antes no llegan nunca y list() se queda esperando.
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
