# esperado: aprobado
# Reparación alternativa: las ventanillas esperan en una Barrier a estar todas
# listas y luego registran a la vez; main hace join de todas antes de leer.
import multiprocessing


def agregar_valores(lista_compartida, lote, barrera):
    barrera.wait()
    for valor in lote:
        lista_compartida.append(valor)


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    with multiprocessing.Manager() as gestor:
        lista_compartida = gestor.list()
        barrera = multiprocessing.Barrier(len(lotes))
        procesos = []
        for lote in lotes:
            proceso = multiprocessing.Process(target=agregar_valores, args=(lista_compartida, lote, barrera))
            procesos.append(proceso)
            proceso.start()
        for proceso in procesos:
            proceso.join()
        resultado = list(lista_compartida)
    print(f"Lista compartida: {resultado}")
    return resultado


if __name__ == "__main__":
    main()
