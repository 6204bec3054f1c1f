# esperado: incompleto
# requiere: procesos
# apply_async sin get(): el Pool se cierra al salir del with y los resultados
# (y los errores) se pierden.
from multiprocessing import Pool

resultados = []


def cuadrado(n):
    return n * n


if __name__ == "__main__":
    with Pool(2) as pool:
        for i in range(4):
            pool.apply_async(cuadrado, (i,), callback=resultados.append)
    print(resultados)
    assert sorted(resultados) == [0, 1, 4, 9], resultados
