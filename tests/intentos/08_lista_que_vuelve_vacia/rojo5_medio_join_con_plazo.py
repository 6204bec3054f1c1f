# esperado: incompleto
# A medias: Manager().list() correcto, pero el padre espera a cada proceso con join(timeout=1) y lee la lista sin comprobar que terminaron. Con un proceso que tarda más de 1 s en arrancar o en registrar su lote (máquina cargada) faltan inscripciones.
import multiprocessing


def agregar_valores(lista_compartida, lote):
    for valor in lote:
        lista_compartida.append(valor)


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    with multiprocessing.Manager() as gestor:
        lista_compartida = gestor.list()
        procesos = [multiprocessing.Process(target=agregar_valores, args=(lista_compartida, lote)) for lote in lotes]
        for p in procesos:
            p.start()
        for p in procesos:
            p.join(timeout=1)
        resultado = list(lista_compartida)
        for p in procesos:
            p.join()
    print(f"Lista compartida: {resultado}")
    return resultado


if __name__ == "__main__":
    main()
