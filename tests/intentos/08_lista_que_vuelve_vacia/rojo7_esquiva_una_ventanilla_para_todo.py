# esperado: sin_concurrencia
# Esquiva: se arranca un proceso por lote, pero el primero registra todos los lotes
# y los demás no hacen nada. El caso pide que cada lote lo registre su proceso.
import multiprocessing


def agregar_valores(lista_compartida, lotes):
    for lote in lotes:
        for valor in lote:
            lista_compartida.append(valor)


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    with multiprocessing.Manager() as gestor:
        lista_compartida = gestor.list()
        procesos = []
        for indice, _ in enumerate(lotes):
            encargo = list(lotes) if indice == 0 else []
            proceso = multiprocessing.Process(target=agregar_valores, args=(lista_compartida, encargo))
            procesos.append(proceso)
            proceso.start()
        for proceso in procesos:
            proceso.join()
        resultado = list(lista_compartida)
    print(f"Lista compartida: {resultado}")
    return resultado


if __name__ == "__main__":
    main()
