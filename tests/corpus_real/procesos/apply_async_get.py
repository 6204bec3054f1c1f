# esperado: aprobado
# requiere: procesos
# apply_async y luego get() de cada resultado, dentro del with del Pool.
from multiprocessing import Pool


def cubo(n):
    return n ** 3


if __name__ == "__main__":
    with Pool(2) as pool:
        pendientes = [pool.apply_async(cubo, (i,)) for i in range(5)]
        print([r.get(timeout=10) for r in pendientes])
