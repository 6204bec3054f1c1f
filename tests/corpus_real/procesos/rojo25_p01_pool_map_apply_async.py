# esperado: aprobado
# requiere: procesos
# multiprocessing.Pool: map, imap_unordered and apply_async with .get() (from the multiprocessing docs; correct)
from multiprocessing import Pool
import os


def f(x):
    return x * x


if __name__ == "__main__":
    with Pool(processes=2) as pool:
        print(pool.map(f, range(10)))

        for i in pool.imap_unordered(f, range(5)):
            print(i)

        res = pool.apply_async(f, (20,))
        print(res.get(timeout=5))

        res = pool.apply_async(os.getpid, ())
        print(f"worker pid: {res.get(timeout=5)}")

        multiple_results = [pool.apply_async(f, (i,)) for i in range(4)]
        values = [r.get(timeout=5) for r in multiple_results]
        print(values)
        assert values == [0, 1, 4, 9]
    print("pool closed")
