# esperado: sin_concurrencia
# Esquiva: los hijos siguen registrando en su copia, y main "confirma" cada lote mirando el exitcode: si el proceso terminó con 0, da por registradas sus inscripciones y las añade él mismo.
import multiprocessing


def agregar_valores(lista_compartida, lote):
    for valor in lote:
        lista_compartida.append(valor)


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    lista_compartida = []
    procesos = []
    for lote in lotes:
        proceso = multiprocessing.Process(target=agregar_valores, args=([], lote))
        procesos.append((proceso, lote))
        proceso.start()

    for proceso, lote in procesos:
        proceso.join()
        if proceso.exitcode == 0:  # la ventanilla confirmó su lote
            lista_compartida.extend(lote)

    print(f"Lista compartida: {lista_compartida}")
    return list(lista_compartida)


if __name__ == "__main__":
    main()
