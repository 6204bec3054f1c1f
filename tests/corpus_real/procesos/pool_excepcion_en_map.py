# esperado: excepcion
# requiere: procesos
# Una tarea del Pool lanza ValueError (int("x")); Pool.map la relanza en el
# padre, que no la captura. Pasa siempre.
from multiprocessing import Pool


def convertir(s):
    return int(s)


if __name__ == "__main__":
    with Pool(2) as pool:
        print(pool.map(convertir, ["1", "2", "x", "4"]))
