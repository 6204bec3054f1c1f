# esperado: aprobado
# Arreglo correcto: Get_context("spawn") explícito (igual en los tres sistemas), imap con chunksize y close()/join() en un finally.
import multiprocessing


def calcular_cuadrado(n):
    return n * n


def main(numeros=(1, 2, 3, 4, 5)):
    contexto = multiprocessing.get_context("spawn")
    pool = contexto.Pool(processes=2)
    try:
        resultados = list(pool.imap(calcular_cuadrado, numeros, chunksize=2))
    finally:
        pool.close()
        pool.join()
    print(resultados)
    return resultados


if __name__ == "__main__":
    main()
