# esperado: trampa|sin_concurrencia
# Esquiva: los procesos siguen arrancando con su copia de la lista (y la pierden), y después main vuelve a llamar a agregar_valores él mismo con cada lote sobre su lista local.
import multiprocessing


def agregar_valores(lista_compartida, lote):
    for valor in lote:
        lista_compartida.append(valor)


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    lista_compartida = []
    procesos = []
    for lote in lotes:
        proceso = multiprocessing.Process(target=agregar_valores, args=(lista_compartida, lote))
        procesos.append(proceso)
        proceso.start()

    for proceso in procesos:
        proceso.join()

    for lote in lotes:
        agregar_valores(lista_compartida, lote)

    print(f"Lista compartida: {lista_compartida}")
    return list(lista_compartida)


if __name__ == "__main__":
    main()
