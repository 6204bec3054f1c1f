# esperado: incompleto
# A medias: un Manager().dict() con una lista normal dentro; `d["todas"].append(v)` modifica una copia que el Manager nunca ve (en cualquier orden).
import multiprocessing


def agregar_valores(registro, lote):
    for valor in lote:
        registro["todas"].append(valor)


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    with multiprocessing.Manager() as manager:
        registro = manager.dict()
        registro["todas"] = []
        procesos = [multiprocessing.Process(target=agregar_valores, args=(registro, lote))
                    for lote in lotes]
        for proceso in procesos:
            proceso.start()
        for proceso in procesos:
            proceso.join()
        resultado = list(registro["todas"])
    print(f"Lista compartida: {resultado}")
    return resultado


if __name__ == "__main__":
    main()
