# esperado: aprobado
# Reparación: un Manager().dict() donde cada proceso escribe su lote bajo su
# propia clave (nadie pisa la clave de otro); main concatena al final.
import multiprocessing


def agregar_valores(registro, indice, lote):
    registro[indice] = list(lote)


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    with multiprocessing.Manager() as gestor:
        registro = gestor.dict()
        procesos = [multiprocessing.Process(target=agregar_valores, args=(registro, i, lote))
                    for i, lote in enumerate(lotes)]
        for proceso in procesos:
            proceso.start()
        for proceso in procesos:
            proceso.join()
        lista = [valor for i in sorted(registro.keys()) for valor in registro[i]]
    print(f"Lista compartida: {lista}")
    return lista


if __name__ == "__main__":
    main()
