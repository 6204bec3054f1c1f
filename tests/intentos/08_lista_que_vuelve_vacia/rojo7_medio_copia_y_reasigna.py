# esperado: carrera|incompleto
# Medio arreglo: Manager().list(), pero cada proceso copia la lista, añade su lote
# y la reasigna entera (lista[:] = ...): si dos procesos copian antes de que el
# otro reasigne, el segundo borra el lote del primero.
# Tipo impreciso, aceptado: el juez ve el resultado corto y no siempre sabe si fue una
# actualización perdida o una lectura adelantada (docs/equipo_rojo_s17_rojo7.md, «Después»).
import multiprocessing


def agregar_valores(lista_compartida, lote):
    copia = list(lista_compartida)
    copia.extend(lote)
    lista_compartida[:] = copia


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    with multiprocessing.Manager() as gestor:
        lista_compartida = gestor.list()
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
