# esperado: aprobado
# requiere: procesos
# concurrent.futures.ProcessPoolExecutor.map, como en la documentación.
import concurrent.futures
import math

NUMEROS = [112272535095293, 115280095190773, 97, 1000003, 15]


def es_primo(n):
    if n < 2 or n % 2 == 0:
        return n == 2
    for d in range(3, int(math.isqrt(n)) + 1, 2):
        if n % d == 0:
            return False
        if d > 2000:
            break
    return True


if __name__ == "__main__":
    with concurrent.futures.ProcessPoolExecutor(max_workers=2) as ex:
        res = dict(zip(NUMEROS, ex.map(es_primo, NUMEROS)))
    print(res)
    assert res[97] and res[1000003] and not res[15]
