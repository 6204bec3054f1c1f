# esperado: carrera
# A medias: Manager().Namespace() con un atributo lista y ns.todas = ns.todas + list(lote) desde cada proceso: lectura y escritura separadas en el servidor. Con dos procesos que leen antes de que el otro escriba se pierde un lote entero.
import multiprocessing


def agregar_valores(ns, lote):
    ns.todas = ns.todas + list(lote)


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    with multiprocessing.Manager() as gestor:
        ns = gestor.Namespace()
        ns.todas = []
        procesos = [multiprocessing.Process(target=agregar_valores, args=(ns, lote)) for lote in lotes]
        for p in procesos:
            p.start()
        for p in procesos:
            p.join()
        resultado = list(ns.todas)
    print(f"Lista compartida: {resultado}")
    return resultado


if __name__ == "__main__":
    main()
