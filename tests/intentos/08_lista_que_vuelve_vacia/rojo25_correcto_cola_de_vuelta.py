# esperado: aprobado
# Arreglo correcto: cada proceso registra su lote con agregar_valores en su propia lista y la devuelve por una multiprocessing.Queue; main saca exactamente un paquete por proceso (get bloqueante) y solo después hace join.
import multiprocessing


def agregar_valores(lista_compartida, lote):
    for valor in lote:
        lista_compartida.append(valor)


def registrar_lote(cola, lote):
    registradas = []
    agregar_valores(registradas, lote)
    cola.put(registradas)


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    cola = multiprocessing.Queue()
    procesos = []
    for lote in lotes:
        proceso = multiprocessing.Process(target=registrar_lote, args=(cola, lote))
        procesos.append(proceso)
        proceso.start()

    lista_compartida = []
    for _ in procesos:
        lista_compartida.extend(cola.get())

    for proceso in procesos:
        proceso.join()

    print(f"Lista compartida: {lista_compartida}")
    return list(lista_compartida)


if __name__ == "__main__":
    main()
