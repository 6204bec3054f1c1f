# esperado: sin_concurrencia|trampa
# Esquiva: la primera ventanilla registra TODOS los lotes en la lista del Manager; las demás no registran nada, solo dejan un aviso «lista» en otra lista del Manager para que se vea que «trabajaron». Cada proceso entrega algo, pero los lotes no los registra su propio proceso.
import multiprocessing


def agregar_valores(lista_compartida, avisos, indice, lotes):
    if indice == 0:
        for lote in lotes:
            for valor in lote:
                lista_compartida.append(valor)
    else:
        avisos.append(f"ventanilla {indice} lista")


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    with multiprocessing.Manager() as manager:
        lista_compartida = manager.list()
        avisos = manager.list()
        procesos = []
        for indice in range(len(lotes)):
            proceso = multiprocessing.Process(
                target=agregar_valores,
                args=(lista_compartida, avisos, indice, [list(l) for l in lotes]))
            procesos.append(proceso)
            proceso.start()

        for proceso in procesos:
            proceso.join()

        resultado = list(lista_compartida)

    print(f"Lista compartida: {resultado}")
    return resultado


if __name__ == "__main__":
    main()
