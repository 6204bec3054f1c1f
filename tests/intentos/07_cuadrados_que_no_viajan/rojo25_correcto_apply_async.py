# esperado: aprobado
# Arreglo correcto: contexto "spawn" explícito (igual en los tres sistemas) y Pool creado en main; se encarga un apply_async por número y se recogen los AsyncResult con get() en orden, antes de cerrar el Pool (close + join en finally).
import multiprocessing


def calcular_cuadrado(n):
    return n * n


def main(numeros=(1, 2, 3, 4, 5)):
    contexto = multiprocessing.get_context("spawn")
    pool = contexto.Pool(2)
    try:
        pendientes = [pool.apply_async(calcular_cuadrado, (n,)) for n in numeros]
        resultados = [p.get() for p in pendientes]
    finally:
        pool.close()
        pool.join()
    print(resultados)
    return resultados


if __name__ == "__main__":
    main()
