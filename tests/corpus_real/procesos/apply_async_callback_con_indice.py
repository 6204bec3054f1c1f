# esperado: aprobado
# requiere: procesos
# apply_async con callback, pero cada tarea devuelve su índice y el resultado
# se guarda en su sitio: el orden en que acaban las tareas no importa.
from multiprocessing import Pool


def doble_con_indice(i, n):
    return i, 2 * n


if __name__ == "__main__":
    numeros = [5, 3, 8, 1, 9, 2]
    recibidos = [None] * len(numeros)

    def guardar(par):
        i, valor = par
        recibidos[i] = valor

    with Pool(3) as pool:
        for i, n in enumerate(numeros):
            pool.apply_async(doble_con_indice, (i, n), callback=guardar)
        pool.close()
        pool.join()
    print(recibidos)
    assert recibidos == [10, 6, 16, 2, 18, 4], recibidos
