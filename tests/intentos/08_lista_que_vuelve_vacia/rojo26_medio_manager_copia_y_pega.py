# esperado: carrera
# Media reparación: lista de un Manager, pero cada proceso "optimiza" leyendo la lista entera, sumando su lote y reescribiéndola (lista[:] = lista[:] + lote); si dos ventanillas leen antes de que ninguna escriba, se pierde un lote entero.
import multiprocessing


def agregar_valores(lista_compartida, lote):
    actuales = lista_compartida[:]
    lista_compartida[:] = actuales + list(lote)


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
