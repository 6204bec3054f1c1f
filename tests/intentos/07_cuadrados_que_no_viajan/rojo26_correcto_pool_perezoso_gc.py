# esperado: aprobado
# Arreglo correcto: se conserva la "optimización" pero el Pool se crea de forma perezosa en la primera llamada a main (no al importar) y se cierra con atexit; apply_async por número y .get() en orden.
import atexit
import gc
import multiprocessing
import threading


def calcular_cuadrado(n):
    return n * n


_pool = None
_candado_pool = threading.Lock()


def _cerrar_pool():
    global _pool
    if _pool is not None:
        pool, _pool = _pool, None
        pool.close()
        pool.join()
        del pool
        gc.collect()  # libera los semáforos del Pool antes del resource_tracker


def _obtener_pool():
    global _pool
    with _candado_pool:
        if _pool is None:
            _pool = multiprocessing.Pool(2)
            atexit.register(_cerrar_pool)
        return _pool


def main(numeros=(1, 2, 3, 4, 5)):
    pool = _obtener_pool()
    pendientes = [pool.apply_async(calcular_cuadrado, (n,)) for n in numeros]
    resultados = [p.get() for p in pendientes]
    print(resultados)
    return resultados


if __name__ == "__main__":
    main()
