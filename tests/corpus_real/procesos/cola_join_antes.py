# esperado: cuelgue
# requiere: procesos
# join() antes de vaciar la cola con elementos grandes: el hijo no puede
# terminar hasta que alguien saque lo que puso, y el padre espera al hijo.
from multiprocessing import Process, Queue


def producir(cola):
    cola.put(list(range(200_000)))


if __name__ == "__main__":
    cola = Queue()
    p = Process(target=producir, args=(cola,))
    p.start()
    p.join()
    print(len(cola.get()))
