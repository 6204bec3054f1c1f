# esperado: aprobado
# Un productor y un consumidor con asyncio.Queue: la cola es FIFO, así que el
# consumidor recibe los elementos en el orden en que se pusieron.
import asyncio


async def productor(cola):
    for i in range(6):
        await cola.put(i)
        await asyncio.sleep(0.001 * (i % 2))
    await cola.put(None)


async def consumidor(cola, recibidos):
    while (x := await cola.get()) is not None:
        recibidos.append(x)


async def main():
    cola = asyncio.Queue()
    recibidos = []
    await asyncio.gather(productor(cola), consumidor(cola, recibidos))
    assert recibidos == list(range(6)), recibidos
    print(recibidos)


asyncio.run(main())
