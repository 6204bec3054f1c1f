# esperado: aprobado
# requiere: procesos
# Pool.map/imap/starmap y ProcessPoolExecutor devuelven resultados en orden; las funciones son puras y no comparten estado.
from multiprocessing import Pool
from concurrent.futures import ProcessPoolExecutor

def cuadrado(x):
    return x * x

def potencia(base, exp):
    return base ** exp

if __name__ == "__main__":
    with Pool(processes=2) as pool:
        a = pool.map(cuadrado, range(6))
        b = list(pool.imap(cuadrado, range(6, 9)))
        c = pool.starmap(potencia, [(2, 3), (3, 2), (5, 1)])
    with ProcessPoolExecutor(max_workers=2) as ex:
        d = list(ex.map(cuadrado, [10, 11]))
    assert a == [0, 1, 4, 9, 16, 25] and b == [36, 49, 64]
    assert c == [8, 9, 5] and d == [100, 121]
    print(a, b, c, d)
