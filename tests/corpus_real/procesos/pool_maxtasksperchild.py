# esperado: aprobado
# requiere: procesos
# Pool(maxtasksperchild=2): cada trabajador se reemplaza tras dos tareas (para
# liberar memoria). Los resultados llegan igual y en orden con map.
import os
from multiprocessing import Pool


def tarea(n):
    return n + 1, os.getpid()


if __name__ == "__main__":
    with Pool(2, maxtasksperchild=2) as pool:
        pares = pool.map(tarea, range(8), chunksize=1)
    valores = [v for v, _ in pares]
    print(valores, "procesos distintos:", len({p for _, p in pares}))
    assert valores == list(range(1, 9))
