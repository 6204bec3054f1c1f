# esperado: incompleto
# requiere: procesos
# map_async con callback y sin get(): el with termina el Pool (terminate())
# antes de que el callback entregue los resultados.
from multiprocessing import Pool

totales = []


def doble(x):
    return 2 * x


if __name__ == "__main__":
    with Pool(processes=2) as pool:
        pool.map_async(doble, range(10), callback=totales.extend)
    print("total:", sum(totales))
    assert len(totales) == 10
