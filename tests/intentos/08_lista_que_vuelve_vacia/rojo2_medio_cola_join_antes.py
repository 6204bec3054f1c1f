# esperado: cuelgue
# Media reparación: Queue, pero main hace join ANTES de vaciarla; con lotes grandes el hijo no puede terminar mientras su tubería esté llena.
import multiprocessing


def agregar_valores(cola, lote):
    for valor in lote:
        cola.put(valor)


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    cola = multiprocessing.Queue()
    procesos = [multiprocessing.Process(target=agregar_valores, args=(cola, lote)) for lote in lotes]
    for proceso in procesos:
        proceso.start()
    for proceso in procesos:
        proceso.join()
    total = sum(len(lote) for lote in lotes)
    lista = [cola.get() for _ in range(total)]
    print(f"Lista compartida: {lista}")
    return lista


if __name__ == "__main__":
    main()
