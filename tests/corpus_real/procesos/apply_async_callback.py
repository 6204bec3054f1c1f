# esperado: aprobado
# requiere: procesos
# apply_async con callback: los callbacks corren en un hilo del padre y van
# llenando la lista; close() + join() esperan a que terminen todos.
from multiprocessing import Pool

resultados = []


def cubo(x):
    return x ** 3


if __name__ == "__main__":
    pool = Pool(2)
    for i in range(8):
        pool.apply_async(cubo, (i,), callback=resultados.append)
    pool.close()
    pool.join()
    print(sorted(resultados))
    assert sorted(resultados) == [i ** 3 for i in range(8)]
