# esperado: sin_concurrencia|trampa
# Esquiva: los procesos siguen arrancando (de adorno), pero main construye la lista él mismo a partir de los lotes.
'''
    Cada proceso registra un lote de inscripciones en una
    lista común, y al final el proceso principal las muestra.
'''
import multiprocessing


def agregar_valores(lista_compartida, lote):
    for valor in lote:
        lista_compartida.append(valor)


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    lista_compartida = []
    procesos = []
    for lote in lotes:
        proceso = multiprocessing.Process(target=agregar_valores, args=([], lote))
        procesos.append(proceso)
        proceso.start()

    for proceso in procesos:
        proceso.join()

    for lote in lotes:
        agregar_valores(lista_compartida, lote)

    print(f"Lista compartida: {lista_compartida}")
    return list(lista_compartida)


if __name__ == "__main__":
    main()
