# esperado: incompleto
# A medias: Lista de Manager, pero solo se espera al primer proceso: los demás lotes pueden no haber llegado.
import multiprocessing


def agregar_valores(lista_compartida, lote):
    for valor in lote:
        lista_compartida.append(valor)


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    gestor = multiprocessing.Manager()
    lista_compartida = gestor.list()
    procesos = []
    for lote in lotes:
        proceso = multiprocessing.Process(target=agregar_valores, args=(lista_compartida, lote))
        procesos.append(proceso)
        proceso.start()
    procesos[0].join()
    resultado = list(lista_compartida)
    print(f"Lista compartida: {resultado}")
    for proceso in procesos[1:]:
        proceso.join()
    gestor.shutdown()
    return resultado


if __name__ == "__main__":
    main()

