# esperado: carrera
# A medias: Manager dict, pero `registro["todas"] += [valor]` lee y escribe en dos viajes: se pisan.
import multiprocessing


def agregar_valores(registro, lote):
    for valor in lote:
        registro["todas"] += [valor]


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    with multiprocessing.Manager() as manager:
        registro = manager.dict({"todas": []})
        procesos = [multiprocessing.Process(target=agregar_valores, args=(registro, lote)) for lote in lotes]
        for proceso in procesos:
            proceso.start()
        for proceso in procesos:
            proceso.join()
        resultado = list(registro["todas"])
    print(f"Lista compartida: {resultado}")
    return resultado


if __name__ == "__main__":
    main()
