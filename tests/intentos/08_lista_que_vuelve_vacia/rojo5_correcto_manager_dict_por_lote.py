# esperado: aprobado
# Arreglo correcto: Manager().dict() con una clave por lote (cada proceso escribe solo la suya, de una vez) y el padre junta los lotes al final.
import multiprocessing


def agregar_valores(registro, indice, lote):
    registro[indice] = list(lote)


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    with multiprocessing.Manager() as gestor:
        registro = gestor.dict()
        procesos = [
            multiprocessing.Process(target=agregar_valores, args=(registro, i, lote))
            for i, lote in enumerate(lotes)
        ]
        for p in procesos:
            p.start()
        for p in procesos:
            p.join()
        lista_compartida = [v for i in sorted(registro.keys()) for v in registro[i]]
    print(f"Lista compartida: {lista_compartida}")
    return lista_compartida


if __name__ == "__main__":
    main()
