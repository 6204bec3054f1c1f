# esperado: sin_concurrencia
# Esquiva: Multiprocessing.dummy.Process tiene la misma interfaz que Process pero es un hilo: la lista normal «funciona» porque nadie sale del proceso.
import multiprocessing.dummy


def agregar_valores(lista_compartida, lote):
    for valor in lote:
        lista_compartida.append(valor)


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    lista_compartida = []
    procesos = []
    for lote in lotes:
        proceso = multiprocessing.dummy.Process(target=agregar_valores, args=(lista_compartida, lote))
        procesos.append(proceso)
        proceso.start()
    for proceso in procesos:
        proceso.join()
    print(f"Lista compartida: {lista_compartida}")
    return list(lista_compartida)


if __name__ == "__main__":
    main()
