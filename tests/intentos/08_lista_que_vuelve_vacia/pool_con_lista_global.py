# esperado: incompleto
# A medias: cambia los Process por un Pool, pero cada trabajador añade a una lista global de SU proceso; el padre ve su REGISTRO vacío, igual que antes.
'''
    Cada proceso registra un lote de inscripciones en una
    lista común, y al final el proceso principal las muestra.
'''
import multiprocessing


REGISTRO = []


def agregar_valores(lote):
    for valor in lote:
        REGISTRO.append(valor)


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    with multiprocessing.Pool(len(lotes)) as pool:
        pool.map(agregar_valores, lotes)
    lista_compartida = REGISTRO

    print(f"Lista compartida: {lista_compartida}")
    return list(lista_compartida)


if __name__ == "__main__":
    main()
