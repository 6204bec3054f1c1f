# esperado: aprobado
# requiere: procesos
# Pool.imap_unordered: los resultados llegan en el orden en que terminan; se
# ordenan antes de comprobarlos.
from multiprocessing import Pool


def es_primo(n):
    if n < 2:
        return n, False
    return n, all(n % d for d in range(2, int(n ** 0.5) + 1))


if __name__ == "__main__":
    with Pool(3) as pool:
        res = sorted(pool.imap_unordered(es_primo, range(20), chunksize=2))
    primos = [n for n, p in res if p]
    print(primos)
    assert primos == [2, 3, 5, 7, 11, 13, 17, 19]
