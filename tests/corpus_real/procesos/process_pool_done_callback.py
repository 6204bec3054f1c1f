# esperado: aprobado
# requiere: procesos
# ProcessPoolExecutor con submit y add_done_callback; el callback corre en el
# padre y main espera con concurrent.futures.wait antes de leer la lista (el
# with, además, espera a todas).
from concurrent.futures import ProcessPoolExecutor, wait

hechos = []


def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        futs = [ex.submit(factorial, n) for n in range(1, 7)]
        for f in futs:
            f.add_done_callback(lambda fut: hechos.append(fut.result()))
        wait(futs)
    print(sorted(hechos))
    assert sorted(hechos) == [1, 2, 6, 24, 120, 720]
