# esperado: incompleto
# A medias: Manager().list(), pero el hijo hace `lista_compartida = lista_compartida + list(lote)`: el + de un ListProxy devuelve una lista normal y la asignación solo cambia la variable local del hijo; el Manager no recibe nada (en cualquier orden).
import multiprocessing


def agregar_valores(lista_compartida, lote):
    lista_compartida = lista_compartida + list(lote)


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    with multiprocessing.Manager() as manager:
        lista_compartida = manager.list()
        procesos = []
        for lote in lotes:
            proceso = multiprocessing.Process(target=agregar_valores, args=(lista_compartida, lote))
            procesos.append(proceso)
            proceso.start()
        for proceso in procesos:
            proceso.join()
        resultado = list(lista_compartida)
    print(f"Lista compartida: {resultado}")
    return resultado


if __name__ == "__main__":
    main()
