# esperado: aprobado
# requiere: procesos
# apply_async con callback y error_callback; close()+join() espera a que se llamen todos antes de leer
import math
from multiprocessing import Pool


def raiz(x):
    if x < 0:
        raise ValueError(f"negativo: {x}")
    return math.isqrt(x)


def main():
    datos = [16, 25, -4, 81, 100, -9, 49]
    correctos = []
    fallos = []
    pool = Pool(3)
    for x in datos:
        pool.apply_async(raiz, (x,), callback=correctos.append,
                         error_callback=lambda e: fallos.append(str(e)))
    pool.close()
    pool.join()
    print("raices:", sorted(correctos))
    print("fallos:", sorted(fallos))
    assert sorted(correctos) == [4, 5, 7, 9, 10]
    assert len(fallos) == 2


if __name__ == "__main__":
    main()
