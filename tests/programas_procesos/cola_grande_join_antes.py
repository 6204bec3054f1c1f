"""Script: join() antes de vaciar la cola con ~180 KiB dentro: se cuelga de verdad."""
import multiprocessing


def producir(cola):
    for _ in range(3):
        cola.put(list(range(100_000, 112_000)))


if __name__ == "__main__":
    cola = multiprocessing.Queue()
    proceso = multiprocessing.Process(target=producir, args=(cola,))
    proceso.start()
    proceso.join()
    while not cola.empty():
        print(len(cola.get()))
