# esperado: sin_concurrencia
# Esquiva: arranca un proceso por lote, pero el primero inscribe todos los lotes y los demás son de adorno.
import multiprocessing


def agregar_valores(lista_compartida, lotes):
    for lote in lotes:
        for valor in lote:
            lista_compartida.append(valor)


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    with multiprocessing.Manager() as manager:
        lista_compartida = manager.list()
        procesos = []
        for i in range(len(lotes)):
            encargo = lotes if i == 0 else []
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
