# esperado: incompleto
# A medias: Manager().list() bien, pero en vez de join() main duerme 0,5 s y hace terminate() «por si alguno se cuelga»; con spawn un hijo tarda más que eso en arrancar en una máquina cargada y muere antes de inscribir su lote.
import multiprocessing
import time


def agregar_valores(lista_compartida, lote):
    for valor in lote:
        lista_compartida.append(valor)


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    with multiprocessing.Manager() as manager:
        lista_compartida = manager.list()
        procesos = []
        for lote in lotes:
            proceso = multiprocessing.Process(target=agregar_valores, args=(lista_compartida, lote))
            procesos.append(proceso)
            proceso.start()
        time.sleep(0.5)
        for proceso in procesos:
            proceso.terminate()
        resultado = list(lista_compartida)
    print(f"Lista compartida: {resultado}")
    return resultado


if __name__ == "__main__":
    main()
