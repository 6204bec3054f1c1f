# esperado: aprobado
# requiere: procesos
# apply_async con callback, y close() + join() antes de usar los resultados:
# join espera a que se hagan todas las tareas y a sus callbacks.
from multiprocessing import Pool

resultados = []


def cubo(n):
    return n ** 3


if __name__ == "__main__":
    pool = Pool(2)
    for i in range(5):
        pool.apply_async(cubo, (i,), callback=resultados.append)
    pool.close()
    pool.join()
    print(sorted(resultados))
    assert sorted(resultados) == [0, 1, 8, 27, 64]
