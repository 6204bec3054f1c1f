# esperado: aprobado
# Hilos del ejecutor coordinados con queue.Queue (centinela None) y un
# threading.Semaphore alrededor de la escritura: correcto.
import asyncio
import queue
import threading
import time

cola = queue.Queue()
sem = threading.Semaphore(1)
hechos = []


def productor():
    for i in range(4):
        time.sleep(0.05)
        cola.put(i)
    cola.put(None)


def consumidor():
    while True:
        x = cola.get()
        if x is None:
            return len(hechos)
        with sem:
            time.sleep(0.01)
            hechos.append(x)


async def main():
    r = await asyncio.gather(asyncio.to_thread(consumidor), asyncio.to_thread(productor))
    print(r, hechos)
    assert hechos == [0, 1, 2, 3]


asyncio.run(main())
