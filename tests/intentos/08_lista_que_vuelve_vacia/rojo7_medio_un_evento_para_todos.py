# esperado: incompleto
# Medio arreglo: Manager().list() y un único Event que pone el primer proceso que
# termina; main espera el evento, no a todos. En CPython, en cuanto una ventanilla
# acaba antes que otra (la otra arranca tarde), la lista sale incompleta.
import multiprocessing


def agregar_valores(lista_compartida, lote, listo):
    for valor in lote:
        lista_compartida.append(valor)
    listo.set()


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    with multiprocessing.Manager() as gestor:
        lista_compartida = gestor.list()
        listo = multiprocessing.Event()
        procesos = []
        for lote in lotes:
            proceso = multiprocessing.Process(target=agregar_valores, args=(lista_compartida, lote, listo))
            procesos.append(proceso)
            proceso.start()
        listo.wait()
        resultado = list(lista_compartida)
        print(f"Lista compartida: {resultado}")
        for proceso in procesos:
            proceso.join()
    return resultado


if __name__ == "__main__":
    main()
