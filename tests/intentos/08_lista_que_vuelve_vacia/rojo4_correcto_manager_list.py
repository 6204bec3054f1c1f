# esperado: aprobado
# Arreglo correcto: Una lista de un Manager: los append de los hijos viajan al proceso del Manager.
import multiprocessing


def agregar_valores(lista_compartida, lote):
    for valor in lote:
        lista_compartida.append(valor)


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    with multiprocessing.Manager() as gestor:
        lista_compartida = gestor.list()
        procesos = [multiprocessing.Process(target=agregar_valores, args=(lista_compartida, lote))
                    for lote in lotes]
        for proceso in procesos:
            proceso.start()
        for proceso in procesos:
            proceso.join()
        resultado = list(lista_compartida)
    print(f"Lista compartida: {resultado}")
    return resultado


if __name__ == "__main__":
    main()

