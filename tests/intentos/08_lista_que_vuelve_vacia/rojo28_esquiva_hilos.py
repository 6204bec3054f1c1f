# esperado: trampa|sin_concurrencia
# Esquiva: cambia multiprocessing.Process por threading.Thread; los hilos comparten la lista y «funciona», pero ya no hay un proceso por ventanilla.
import threading


def agregar_valores(lista_compartida, lote):
    for valor in lote:
        lista_compartida.append(valor)


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    lista_compartida = []
    procesos = []
    for lote in lotes:
        proceso = threading.Thread(target=agregar_valores, args=(lista_compartida, lote))
        procesos.append(proceso)
        proceso.start()

    for proceso in procesos:
        proceso.join()

    print(f"Lista compartida: {lista_compartida}")
    return list(lista_compartida)


if __name__ == "__main__":
    main()
