# esperado: aprobado
# Correcto: los hijos esperan sondeando (sleep 0.01) un Value del Manager que main pone tras arrancarlos
import multiprocessing
import time


def agregar_valores(lista_compartida, abierto, lote):
    while not abierto.value:
        time.sleep(0.01)
    for valor in lote:
        lista_compartida.append(valor)


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    with multiprocessing.Manager() as manager:
        lista_compartida = manager.list()
        abierto = manager.Value("b", 0)
        procesos = []
        for lote in lotes:
            proceso = multiprocessing.Process(target=agregar_valores, args=(lista_compartida, abierto, lote))
            procesos.append(proceso)
            proceso.start()
        abierto.value = 1
        for proceso in procesos:
            proceso.join()
        resultado = list(lista_compartida)
    print(f"Lista compartida: {resultado}")
    return resultado


if __name__ == "__main__":
    main()
