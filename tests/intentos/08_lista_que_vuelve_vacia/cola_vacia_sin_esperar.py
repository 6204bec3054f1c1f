# esperado: incompleto
# A medias: Queue, pero el principal lee mientras `not cola.empty()` justo tras start(): aún no llegó nada.
import multiprocessing


def agregar_valores(cola, lote):
    for valor in lote:
        cola.put(valor)


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    cola = multiprocessing.Queue()
    procesos = [multiprocessing.Process(target=agregar_valores, args=(cola, lote)) for lote in lotes]
    for proceso in procesos:
        proceso.start()
    resultado = []
    while not cola.empty():
        resultado.append(cola.get())
    for proceso in procesos:
        proceso.join()
    print(f"Lista compartida: {resultado}")
    return resultado


if __name__ == "__main__":
    main()
