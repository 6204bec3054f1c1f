# esperado: incompleto
# A medias: Queue y un centinela, pero solo lo pone la primera ventanilla; main lee hasta el primer None y deja en la cola lo que las demás envíen después (basta que la ventanilla 0 acabe antes que otra, con lotes cortos lo normal).
import multiprocessing


def agregar_valores(cola, lote, ultima):
    for valor in lote:
        cola.put(valor)
    if ultima:
        cola.put(None)


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    cola = multiprocessing.Queue()
    procesos = []
    for i, lote in enumerate(lotes):
        proceso = multiprocessing.Process(target=agregar_valores, args=(cola, list(lote), i == 0))
        procesos.append(proceso)
        proceso.start()
    lista_compartida = []
    while True:
        valor = cola.get()
        if valor is None:
            break
        lista_compartida.append(valor)
    for proceso in procesos:
        proceso.join(timeout=5)
        if proceso.is_alive():
            proceso.terminate()
    print(f"Lista compartida: {lista_compartida}")
    return lista_compartida


if __name__ == "__main__":
    main()
