# esperado: aprobado
# requiere: procesos
# get_context("spawn") con Pool(maxtasksperchild=1): cada tarea en un proceso nuevo; luego un ProcessPoolExecutor spawn
import multiprocessing as mp
import os
from concurrent.futures import ProcessPoolExecutor


def tarea(x):
    return x + 100, os.getpid()


def doble(x):
    return 2 * x


if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    with ctx.Pool(2, maxtasksperchild=1) as pool:
        pares = pool.map(tarea, range(6), chunksize=1)
    print("resultados:", [r for r, _ in pares])
    print("procesos distintos:", len({pid for _, pid in pares}))
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
        dobles = list(ex.map(doble, range(8)))
    print("dobles:", dobles)
    assert [r for r, _ in pares] == list(range(100, 106))
    assert dobles == [2 * x for x in range(8)]
