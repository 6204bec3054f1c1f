# esperado: aprobado
# requiere: procesos
# Pool.imap con chunksize: los resultados llegan en el orden de la entrada
# aunque los trozos se repartan entre procesos (imap, a diferencia de
# imap_unordered, conserva el orden). Sin estado compartido.
from multiprocessing import Pool


def cubo(x):
    return x ** 3


if __name__ == "__main__":
    with Pool(processes=3) as pool:
        cubos = list(pool.imap(cubo, range(20), chunksize=4))
    print(cubos[:5])
    assert cubos == [x ** 3 for x in range(20)]
