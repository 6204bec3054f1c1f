# esperado: aprobado
import asyncio


async def productor(cola, inicio, n):
    for i in range(inicio, inicio + n):
        await cola.put(i)
        await asyncio.sleep(0.05)


async def consumidor(cola, total):
    while True:
        item = await cola.get()
        if item is None:
            break
        total.append(item)


async def main():
    cola = asyncio.Queue(maxsize=2)
    total = []
    consumidores = [asyncio.create_task(consumidor(cola, total)) for _ in range(2)]
    await asyncio.gather(productor(cola, 0, 5), productor(cola, 100, 5))
    for _ in consumidores:
        await cola.put(None)
    await asyncio.gather(*consumidores)
    assert sorted(total) == [*range(5), *range(100, 105)], total


asyncio.run(main())
