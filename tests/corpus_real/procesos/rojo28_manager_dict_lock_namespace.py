# esperado: aprobado
# requiere: procesos
# Manager().dict y Namespace actualizados leyendo y escribiendo dentro de un Manager().Lock() común
from multiprocessing import Manager, Process


def votar(votos, candado, ns, opciones):
    for opcion in opciones:
        with candado:
            votos[opcion] = votos.get(opcion, 0) + 1
            ns.total += 1


if __name__ == "__main__":
    papeletas = [["si", "no", "si"], ["no", "no"], ["si", "abst", "si", "no"], ["abst"]]
    with Manager() as gestor:
        votos = gestor.dict()
        candado = gestor.Lock()
        ns = gestor.Namespace()
        ns.total = 0
        procs = [Process(target=votar, args=(votos, candado, ns, p)) for p in papeletas]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        final = dict(votos)
        total = ns.total
    print("votos:", sorted(final.items()), "total:", total)
    assert final == {"si": 4, "no": 4, "abst": 2}
    assert total == 10
