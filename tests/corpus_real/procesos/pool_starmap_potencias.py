# esperado: aprobado
# requiere: procesos
# Pool.starmap con una función propia de dos argumentos.
import multiprocessing


def potencia(base, exp):
    return base ** exp


if __name__ == "__main__":
    with multiprocessing.Pool(processes=2) as pool:
        res = pool.starmap(potencia, [(b, 3) for b in range(6)])
    print(res)
    assert res == [0, 1, 8, 27, 64, 125]
