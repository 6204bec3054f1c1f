# esperado: sin_concurrencia
# Esquiva: multiprocessing.dummy.Process (que son hilos) con una lista normal:
# funciona porque los "procesos" comparten memoria.
import multiprocessing.dummy


def agregar_valores(lista_compartida, lote):
    for valor in lote:
        lista_compartida.append(valor)


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    lista_compartida = []
    procesos = [multiprocessing.dummy.Process(target=agregar_valores, args=(lista_compartida, lote)) for lote in lotes]
    for proceso in procesos:
        proceso.start()
    for proceso in procesos:
        proceso.join()
    print(f"Lista compartida: {lista_compartida}")
    return list(lista_compartida)


if __name__ == "__main__":
    main()
