# esperado: aprobado
# requiere: procesos
# `lista += [x]` sobre un ListProxy de Manager: el proxy define __iadd__ como
# una sola llamada `extend` al servidor, que la ejecuta entera de una vez. No se
# pierde ningún elemento aunque varios procesos lo hagan a la vez (al revés que
# `ns.lista += [x]` sobre un Namespace, que copia, modifica y reasigna).
from multiprocessing import Manager, Process


def trabajador(lista, base):
    for i in range(3):
        lista += [base + i]


if __name__ == "__main__":
    with Manager() as m:
        lista = m.list()
        ps = [Process(target=trabajador, args=(lista, b)) for b in (0, 10, 20)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        valores = sorted(lista)
    print(valores)
    assert valores == [0, 1, 2, 10, 11, 12, 20, 21, 22]
