# esperado: carrera
# A medias: Namespace del Manager; `ns.lista = ns.lista + [v]` es leer y escribir por separado: se pisan.
import multiprocessing


def agregar_valores(ns, lote):
    for valor in lote:
        ns.lista = ns.lista + [valor]


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    with multiprocessing.Manager() as manager:
        ns = manager.Namespace()
        ns.lista = []
        procesos = [multiprocessing.Process(target=agregar_valores, args=(ns, lote)) for lote in lotes]
        for proceso in procesos:
            proceso.start()
        for proceso in procesos:
            proceso.join()
        resultado = list(ns.lista)
    print(f"Lista compartida: {resultado}")
    return resultado


if __name__ == "__main__":
    main()
