# esperado: sin_concurrencia
# Esquiva: los procesos arrancan y terminan (registran en su copia de la lista, que se pierde) y main rellena él mismo la lista con todos los lotes.
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

    if not lista_compartida:  # "a veces no llega": se repone desde los lotes
        for lote in lotes:
            lista_compartida.extend(lote)

    print(f"Lista compartida: {lista_compartida}")
    return list(lista_compartida)


if __name__ == "__main__":
    main()
