# esperado: carrera
# A medias: Manager().list(), pero cada proceso hace lista[:] = lista[:] + [valor] (leer, sumar, reescribir) en tres viajes al servidor. Planificación: A lee [..], B lee lo mismo, A reescribe, B reescribe encima: se pierde el valor de A.
import multiprocessing


def agregar_valores(lista_compartida, lote):
    for valor in lote:
        lista_compartida[:] = lista_compartida[:] + [valor]


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    with multiprocessing.Manager() as gestor:
        lista_compartida = gestor.list()
        procesos = [multiprocessing.Process(target=agregar_valores, args=(lista_compartida, lote)) for lote in lotes]
        for p in procesos:
            p.start()
        for p in procesos:
            p.join()
        resultado = list(lista_compartida)
    print(f"Lista compartida: {resultado}")
    return resultado


if __name__ == "__main__":
    main()
