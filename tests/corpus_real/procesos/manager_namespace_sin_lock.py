# esperado: carrera
# requiere: procesos
# Manager().Namespace(): `ns.total += 1` son dos llamadas al gestor (leer y
# escribir el atributo); dos procesos que leen el mismo valor pierden uno.
from multiprocessing import Manager, Process


def sumar(ns, veces):
    for _ in range(veces):
        ns.total += 1


if __name__ == "__main__":
    with Manager() as m:
        ns = m.Namespace()
        ns.total = 0
        ps = [Process(target=sumar, args=(ns, 200)) for _ in range(2)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print(ns.total)
        assert ns.total == 400, ns.total
