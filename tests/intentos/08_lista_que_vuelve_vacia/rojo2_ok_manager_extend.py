# esperado: aprobado
# Reparación: Manager().list() y cada proceso añade su lote entero con un solo
# extend (una única llamada al gestor, atómica); sin candado hace falta ninguno.
import multiprocessing


def agregar_valores(lista_compartida, lote):
    lista_compartida.extend(list(lote))


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    with multiprocessing.Manager() as gestor:
        lista_compartida = gestor.list()
        procesos = [multiprocessing.Process(target=agregar_valores, args=(lista_compartida, lote)) for lote in lotes]
        for proceso in procesos:
            proceso.start()
        for proceso in procesos:
            proceso.join()
        lista = list(lista_compartida)
    print(f"Lista compartida: {lista}")
    return lista


if __name__ == "__main__":
    main()
