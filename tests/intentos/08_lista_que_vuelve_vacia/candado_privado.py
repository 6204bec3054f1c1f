# esperado: carrera
# A medias: cada proceso crea su propio candado; no excluye a nadie y `+=` sobre el dict pierde inscripciones.
import multiprocessing


def agregar_valores(registro, lote):
    candado = multiprocessing.Lock()
    for valor in lote:
        with candado:
            registro["todas"] = registro["todas"] + [valor]


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
