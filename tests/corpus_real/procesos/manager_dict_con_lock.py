# esperado: aprobado
# requiere: procesos
# Manager().dict() con un Lock del mismo Manager en todos los procesos: la
# lectura y la escritura de cada cuenta van juntas.
from multiprocessing import Manager, Process


def contar(cuentas, candado, palabras):
    for palabra in palabras:
        with candado:
            cuentas[palabra] = cuentas.get(palabra, 0) + 1


if __name__ == "__main__":
    with Manager() as manager:
        cuentas = manager.dict()
        candado = manager.Lock()
        ps = [Process(target=contar, args=(cuentas, candado, ["a", "b", "a"])) for _ in range(3)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print(dict(cuentas))
        assert cuentas["a"] == 6 and cuentas["b"] == 3
