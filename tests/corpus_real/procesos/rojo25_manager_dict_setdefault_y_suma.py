# esperado: carrera
# requiere: procesos
# A medias: cada trabajador del Pool suma a d[clave] de un Manager().dict() sin candado (d[k] = d.get(k, 0) + n): dos sumas a la vez pierden una
from multiprocessing import Manager, Pool


def contar(palabra, totales):
    clave = palabra[0]
    totales[clave] = totales.get(clave, 0) + 1


if __name__ == "__main__":
    palabras = ["ana", "arbol", "agua", "avion", "asa", "alto"]
    with Manager() as gestor:
        totales = gestor.dict()
        with Pool(3) as pool:
            pool.starmap(contar, [(p, totales) for p in palabras])
        print(dict(totales))
        assert totales["a"] == len(palabras), "se perdió alguna cuenta"
