# esperado: incompleto
# A medias: ya usa Manager().list(), pero copia la lista antes de los join(); arrancar un proceso tarda, así que la copia sale vacía o a medias en casi toda ejecución real.
import multiprocessing


def agregar_valores(lista_compartida, lote):
    for valor in lote:
        lista_compartida.append(valor)


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    with multiprocessing.Manager() as gestor:
        lista_compartida = gestor.list()
        procesos = []
        for lote in lotes:
            proceso = multiprocessing.Process(target=agregar_valores, args=(lista_compartida, lote))
            procesos.append(proceso)
            proceso.start()

        resultado = list(lista_compartida)

        for proceso in procesos:
            proceso.join()

    print(f"Lista compartida: {resultado}")
    return resultado


if __name__ == "__main__":
    main()
