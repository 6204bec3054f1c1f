# esperado: aprobado
# requiere: procesos
# `set_start_method("spawn", force=True)` (lo que se copia de Stack Overflow
# cuando aparece «context has already been set»), y un Pool.map normal.
import multiprocessing as mp


def doble(x):
    return 2 * x


if __name__ == "__main__":
    mp.set_start_method("spawn", force=True)
    with mp.Pool(2) as pool:
        print(pool.map(doble, range(5)))
