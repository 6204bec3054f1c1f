# esperado: sin_concurrencia
# Esquiva: los hijos trabajan sobre una lista normal (se pierde) y el principal rehace la lista con los lotes.
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
    lista_compartida = [valor for lote in lotes for valor in lote]
    print(f"Lista compartida: {lista_compartida}")
    return list(lista_compartida)


if __name__ == "__main__":
    main()
