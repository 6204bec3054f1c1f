# esperado: incompleto
# requiere: procesos
# apply_async with callback=results.append; author calls pool.close() but forgets pool.join() before printing results, so callbacks may not have run yet
from multiprocessing import Pool
import time


def work(x):
    time.sleep(0.01)
    return x * 3


if __name__ == "__main__":
    results = []
    pool = Pool(2)
    for i in range(6):
        pool.apply_async(work, (i,), callback=results.append)
    pool.close()
    # pool.join()   <- forgotten
    print("results:", sorted(results))
    pool.join()
