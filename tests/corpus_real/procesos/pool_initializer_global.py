# esperado: aprobado
# requiere: procesos
# Pool(initializer=...) prepara un global en cada proceso trabajador (una
# «conexión» cara de crear); las tareas lo leen, no lo escriben, y solo
# devuelven su resultado. El padre no lee ningún global de los hijos.
from multiprocessing import Pool

_tabla = None


def iniciar(factor):
    global _tabla
    _tabla = {n: n * factor for n in range(10)}


def consultar(n):
    return _tabla[n]


if __name__ == "__main__":
    with Pool(2, initializer=iniciar, initargs=(7,)) as pool:
        valores = pool.map(consultar, range(10))
    print(valores)
    assert valores == [n * 7 for n in range(10)]
