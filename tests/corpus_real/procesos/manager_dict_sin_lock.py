# esperado: carrera
# requiere: procesos
# `cuentas[k] = cuentas.get(k, 0) + 1` sobre un Manager().dict() sin candado:
# leer y escribir son dos mensajes al Manager y entre ellos cabe otro proceso.
from multiprocessing import Manager, Process


def contar(cuentas, veces):
    for _ in range(veces):
        cuentas["total"] = cuentas.get("total", 0) + 1


if __name__ == "__main__":
    with Manager() as manager:
        cuentas = manager.dict()
        ps = [Process(target=contar, args=(cuentas, 200)) for _ in range(2)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print(cuentas["total"])
        assert cuentas["total"] == 400, cuentas["total"]
