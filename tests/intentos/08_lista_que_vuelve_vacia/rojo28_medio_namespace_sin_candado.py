# esperado: carrera
# Media reparación: usa un Manager().Namespace compartido, pero añade con ns.lista = ns.lista + [valor] (leer la lista, sumar, volver a escribirla) sin candado; si otro proceso escribe entre la lectura y la escritura, sus inscripciones se pierden.
import multiprocessing


def agregar_valores(espacio, lote):
    for valor in lote:
        espacio.lista = espacio.lista + [valor]


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    with multiprocessing.Manager() as manager:
        espacio = manager.Namespace()
        espacio.lista = []
        procesos = []
        for lote in lotes:
            proceso = multiprocessing.Process(target=agregar_valores, args=(espacio, lote))
            procesos.append(proceso)
            proceso.start()

        for proceso in procesos:
            proceso.join()

        lista_compartida = list(espacio.lista)

    print(f"Lista compartida: {lista_compartida}")
    return list(lista_compartida)


if __name__ == "__main__":
    main()
