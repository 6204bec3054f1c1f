# esperado: aprobado
# queue.Queue acotada con un centinela por consumidor; el principal une a todos antes de sumar.
import queue
import threading

FIN = None


def productor(cola, n, num_consumidores):
    for i in range(1, n + 1):
        cola.put(i)
    for _ in range(num_consumidores):
        cola.put(FIN)


def consumidor(cola, resultados):
    while True:
        elemento = cola.get()
        if elemento is FIN:
            break
        resultados.append(elemento * elemento)


def main():
    cola = queue.Queue(maxsize=5)
    resultados = []
    consumidores = [threading.Thread(target=consumidor, args=(cola, resultados)) for _ in range(3)]
    prod = threading.Thread(target=productor, args=(cola, 20, len(consumidores)))
    for h in consumidores + [prod]:
        h.start()
    for h in consumidores + [prod]:
        h.join()
    print("Elementos procesados:", len(resultados))
    print("Suma de cuadrados:", sum(resultados))
    assert sum(resultados) == sum(i * i for i in range(1, 21))


if __name__ == "__main__":
    main()
