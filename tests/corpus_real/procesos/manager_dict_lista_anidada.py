# esperado: excepcion
# requiere: procesos
# (El trabajo de los hijos se pierde en todas las ejecuciones, no solo en algunas: el
# assert del propio programa falla siempre y el veredicto es esa excepción, con su línea.)
# El aviso de la documentación de Manager: `d["k"].append(x)` sobre un dict
# del gestor cuyo valor es una lista normal modifica una COPIA (el proxy
# devuelve la lista por valor); el gestor nunca se entera. El padre lee la
# lista vacía tras join(), en todas las ejecuciones.
from multiprocessing import Manager, Process


def registrar(d, quien):
    for i in range(3):
        d["eventos"].append(f"{quien}-{i}")


if __name__ == "__main__":
    with Manager() as m:
        d = m.dict()
        d["eventos"] = []
        ps = [Process(target=registrar, args=(d, q)) for q in "ab"]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print(d["eventos"])
        assert len(d["eventos"]) == 6, d["eventos"]
