# esperado: carrera
# A medias: Manager().dict() y un candado del Manager compartido, pero la lectura y la escritura van en dos `with candado:` distintos: entre ambos otro proceso toma el candado y escribe, y su alta se pierde al reescribir (A lee [x], B lee [x], A escribe [x, a], B escribe [x, b]).
import multiprocessing


def agregar_valores(registro, candado, lote):
    for valor in lote:
        with candado:
            actuales = registro["todas"]
        with candado:
            registro["todas"] = actuales + [valor]


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    with multiprocessing.Manager() as manager:
        registro = manager.dict()
        registro["todas"] = []
        candado = manager.Lock()
        procesos = []
        for lote in lotes:
            proceso = multiprocessing.Process(target=agregar_valores,
                                              args=(registro, candado, list(lote)))
            procesos.append(proceso)
            proceso.start()
        for proceso in procesos:
            proceso.join()
        lista_compartida = list(registro["todas"])
    print(f"Lista compartida: {lista_compartida}")
    return lista_compartida


if __name__ == "__main__":
    main()
