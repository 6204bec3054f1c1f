# esperado: aprobado
# requiere: procesos
# La solución al error anterior: un Manager().Lock() (un proxy, sí se puede
# pasar como argumento) y un Manager().dict() para el total. Cada tarea suma
# con el candado del gestor tomado, así que leer y escribir el total no se
# intercalan entre procesos.
from functools import partial
from multiprocessing import Manager, Pool


def sumar(candado, totales, n):
    with candado:
        totales["suma"] = totales["suma"] + n
    return n


if __name__ == "__main__":
    with Manager() as m:
        candado = m.Lock()
        totales = m.dict(suma=0)
        with Pool(2) as pool:
            pool.map(partial(sumar, candado, totales), range(1, 21))
        print(totales["suma"])
        assert totales["suma"] == 210, totales["suma"]
