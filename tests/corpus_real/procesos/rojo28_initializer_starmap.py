# esperado: aprobado
# requiere: procesos
# initializer/initargs fija una global en cada trabajador; starmap y map_async().get() esperan los resultados
from multiprocessing import Pool

FACTOR = None


def iniciar(factor):
    global FACTOR
    FACTOR = factor


def escalar(x, y):
    return FACTOR * x + y


def cubo(x):
    return x ** 3


if __name__ == "__main__":
    pares = [(1, 2), (3, 4), (5, 6), (7, 8)]
    with Pool(2, initializer=iniciar, initargs=(10,)) as pool:
        escalados = pool.starmap(escalar, pares)
        asincrono = pool.map_async(cubo, range(6))
        cubos = asincrono.get(timeout=30)
    print("escalados:", escalados)
    print("cubos:", cubos)
    assert escalados == [12, 34, 56, 78]
    assert cubos == [0, 1, 8, 27, 64, 125]
