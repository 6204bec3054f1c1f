# esperado: carrera
# A medias: Ns.lista = ns.lista + [valor] en un Namespace de Manager: lectura y escritura separadas, altas perdidas.
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
        lista_compartida = list(ns.lista)
    print(f"Lista compartida: {lista_compartida}")
    return lista_compartida


if __name__ == "__main__":
    main()

