# esperado: carrera
# requiere: procesos
# apply_async con callback: el callback se llama cuando acaba cada tarea, en el
# orden en que acaban; el programa supone que la lista queda en el orden en
# que se enviaron las tareas.
from multiprocessing import Pool


def doble(n):
    return 2 * n


if __name__ == "__main__":
    recibidos = []
    with Pool(3) as pool:
        for n in range(6):
            pool.apply_async(doble, (n,), callback=recibidos.append)
        pool.close()
        pool.join()
    print(recibidos)
    assert recibidos == [0, 2, 4, 6, 8, 10], recibidos
