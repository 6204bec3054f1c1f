# esperado: carrera
# A medias: Registro["todas"] += [valor] sobre un dict de Manager: leer y escribir son dos mensajes, y dos procesos pisan sus altas.
import multiprocessing


def agregar_valores(registro, lote):
    for valor in lote:
        registro["todas"] += [valor]


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    with multiprocessing.Manager() as gestor:
        registro = gestor.dict(todas=[])
        procesos = [multiprocessing.Process(target=agregar_valores, args=(registro, lote))
                    for lote in lotes]
        for proceso in procesos:
            proceso.start()
        for proceso in procesos:
            proceso.join()
        lista_compartida = list(registro["todas"])
    print(f"Lista compartida: {lista_compartida}")
    return lista_compartida


if __name__ == "__main__":
    main()

