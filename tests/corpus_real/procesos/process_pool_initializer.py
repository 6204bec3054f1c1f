# esperado: aprobado
# requiere: procesos
# ProcessPoolExecutor(initializer=..., initargs=...): cada proceso trabajador
# carga una vez su «tabla» en una global propia; las tareas solo la leen.
from concurrent.futures import ProcessPoolExecutor

tabla = None


def cargar(factor):
    global tabla
    tabla = {n: n * factor for n in range(10)}


def consultar(n):
    return tabla[n]


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2, initializer=cargar, initargs=(3,)) as ex:
        valores = list(ex.map(consultar, range(10)))
    print(valores)
    assert valores == [n * 3 for n in range(10)]
