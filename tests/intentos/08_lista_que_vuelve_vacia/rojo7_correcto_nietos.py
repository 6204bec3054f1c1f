# esperado: aprobado
# Reparación alternativa: cada ventanilla delega el registro en un proceso nieto
# (no demonio) y no lo espera con join: al salir, multiprocessing espera a los
# hijos no demonio, así que cuando main ha hecho join de la ventanilla, su nieto
# ya registró el lote.
import multiprocessing


def registrar(lista_compartida, lote):
    for valor in lote:
        lista_compartida.append(valor)


def agregar_valores(lista_compartida, lote):
    multiprocessing.Process(target=registrar, args=(lista_compartida, lote)).start()


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    with multiprocessing.Manager() as gestor:
        lista_compartida = gestor.list()
        procesos = []
        for lote in lotes:
            proceso = multiprocessing.Process(target=agregar_valores, args=(lista_compartida, lote))
            procesos.append(proceso)
            proceso.start()
        for proceso in procesos:
            proceso.join()
        resultado = list(lista_compartida)
    print(f"Lista compartida: {resultado}")
    return resultado


if __name__ == "__main__":
    main()
