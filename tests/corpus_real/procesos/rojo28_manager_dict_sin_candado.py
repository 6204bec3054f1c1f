# esperado: carrera
# requiere: procesos
# d[k] += 1 sobre un Manager().dict son dos mensajes (leer y escribir): dos procesos pisan sus sumas
from multiprocessing import Manager, Process


def contar_palabras(stock, palabras):
    for p in palabras:
        stock[p] += 1


if __name__ == "__main__":
    texto = ("uno dos tres uno dos uno " * 100).split()
    trozos = [texto[i::3] for i in range(3)]
    with Manager() as gestor:
        cuentas = gestor.dict({"uno": 0, "dos": 0, "tres": 0})
        procs = [Process(target=contar_palabras, args=(cuentas, t)) for t in trozos]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        final = dict(cuentas)
    print(final)
    assert final == {"uno": 300, "dos": 200, "tres": 100}, final
