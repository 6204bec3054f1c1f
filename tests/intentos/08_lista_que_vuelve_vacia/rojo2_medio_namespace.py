# esperado: carrera
# Media reparación: Manager().Namespace() con `ns.lista = ns.lista + [valor]`:
# dos procesos leen la misma lista y el último en escribir borra lo del otro.
import multiprocessing


def agregar_valores(ns, lote):
    for valor in lote:
        ns.lista = ns.lista + [valor]


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    with multiprocessing.Manager() as gestor:
        ns = gestor.Namespace()
        ns.lista = []
        procesos = [multiprocessing.Process(target=agregar_valores, args=(ns, lote)) for lote in lotes]
        for proceso in procesos:
            proceso.start()
        for proceso in procesos:
            proceso.join()
        lista = list(ns.lista)
    print(f"Lista compartida: {lista}")
    return lista


if __name__ == "__main__":
    main()
