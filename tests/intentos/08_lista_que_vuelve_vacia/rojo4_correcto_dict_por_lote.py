# esperado: aprobado
# Arreglo correcto: Un dict de Manager con una clave por lote: cada proceso escribe solo la suya, sin leer-modificar-escribir compartido.
import multiprocessing


def agregar_valores(registro, indice, lote):
    propios = []
    for valor in lote:
        propios.append(valor)
    registro[indice] = propios


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    with multiprocessing.Manager() as gestor:
        registro = gestor.dict()
        procesos = [multiprocessing.Process(target=agregar_valores, args=(registro, i, lote))
                    for i, lote in enumerate(lotes)]
        for proceso in procesos:
            proceso.start()
        for proceso in procesos:
            proceso.join()
        lista_compartida = [v for i in sorted(registro.keys()) for v in registro[i]]
    print(f"Lista compartida: {lista_compartida}")
    return lista_compartida


if __name__ == "__main__":
    main()

