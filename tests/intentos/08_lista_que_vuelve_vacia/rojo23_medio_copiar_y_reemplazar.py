# esperado: carrera|incompleto
# A medias: usa una lista del Manager, pero cada proceso copia la lista, le añade su lote y la reemplaza entera (leer-modificar-escribir); si dos procesos copian antes de que el otro escriba, el último pisa el lote del primero.
import multiprocessing


def agregar_valores(lista_compartida, lote):
    copia = list(lista_compartida)
    copia.extend(lote)
    lista_compartida[:] = copia


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
