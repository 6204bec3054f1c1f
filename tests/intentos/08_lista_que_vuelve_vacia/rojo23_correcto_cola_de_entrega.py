# esperado: aprobado
# Correcto: cada proceso envía sus inscripciones por una multiprocessing.Queue; main saca exactamente tantos elementos como inscripciones hay en total (get bloqueante) y solo después hace join, así que no se pierde ninguna ni se atasca el tubo.
import multiprocessing


def agregar_valores(lista_compartida, lote):
    for valor in lote:
        lista_compartida.append(valor)


class _BuzonDeCola:
    """Adaptador con append() que envía cada valor por la cola."""

    def __init__(self, cola):
        self.cola = cola

    def append(self, valor):
        self.cola.put(valor)


def registrar_lote(cola, lote):
    agregar_valores(_BuzonDeCola(cola), lote)


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    cola = multiprocessing.Queue()
    procesos = []
    for lote in lotes:
        proceso = multiprocessing.Process(target=registrar_lote, args=(cola, lote))
        procesos.append(proceso)
        proceso.start()

    total = sum(len(lote) for lote in lotes)
    lista_compartida = [cola.get() for _ in range(total)]

    for proceso in procesos:
        proceso.join()

    print(f"Lista compartida: {lista_compartida}")
    return list(lista_compartida)


if __name__ == "__main__":
    main()
