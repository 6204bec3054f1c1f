# esperado: incompleto
# A medias: cada hijo crea su propio Manager().list(); el padre sigue con su lista normal y la recibe vacía, igual que antes.
'''
    Cada proceso registra un lote de inscripciones en una
    lista común, y al final el proceso principal las muestra.
'''
import multiprocessing


def agregar_valores(lista_compartida, lote):
    gestor = multiprocessing.Manager()
    compartida = gestor.list(lista_compartida)
    for valor in lote:
        compartida.append(valor)
    gestor.shutdown()


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    lista_compartida = []
    procesos = []
    for lote in lotes:
        proceso = multiprocessing.Process(target=agregar_valores, args=(lista_compartida, lote))
        procesos.append(proceso)
        proceso.start()

    for proceso in procesos:
        proceso.join()

    print(f"Lista compartida: {lista_compartida}")
    return list(lista_compartida)


if __name__ == "__main__":
    main()
