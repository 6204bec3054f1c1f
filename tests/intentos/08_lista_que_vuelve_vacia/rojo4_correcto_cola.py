# esperado: aprobado
# Arreglo correcto: Cada proceso envía sus inscripciones por una Queue; main lee exactamente tantas como hay y después hace join.
import multiprocessing


def agregar_valores(cola, lote):
    for valor in lote:
        cola.put(valor)


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    cola = multiprocessing.Queue()
    procesos = []
    for lote in lotes:
        proceso = multiprocessing.Process(target=agregar_valores, args=(cola, lote))
        procesos.append(proceso)
        proceso.start()
    total = sum(len(lote) for lote in lotes)
    lista_compartida = [cola.get() for _ in range(total)]
    for proceso in procesos:
        proceso.join()
    print(f"Lista compartida: {lista_compartida}")
    return lista_compartida


if __name__ == "__main__":
    main()

