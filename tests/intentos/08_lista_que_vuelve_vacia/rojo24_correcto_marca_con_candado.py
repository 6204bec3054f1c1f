# esperado: aprobado
# Correcto: main, tras arrancar a los hijos, mete una marca en la lista con el Lock del Manager y al final la quita; el orden no importa
import multiprocessing

MARCA = "--inicio--"


def agregar_valores(lista_compartida, candado, lote):
    for valor in lote:
        with candado:
            lista_compartida.append(valor)


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    with multiprocessing.Manager() as manager:
        lista_compartida = manager.list()
        candado = manager.Lock()
        procesos = []
        for lote in lotes:
            proceso = multiprocessing.Process(target=agregar_valores, args=(lista_compartida, candado, lote))
            procesos.append(proceso)
            proceso.start()
        with candado:
            lista_compartida.append(MARCA)
        for proceso in procesos:
            proceso.join()
        resultado = [x for x in lista_compartida if x != MARCA]
    print(f"Lista compartida: {resultado}")
    return resultado


if __name__ == "__main__":
    main()
