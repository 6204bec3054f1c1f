# esperado: interbloqueo
import asyncio


async def productor(cola, n):
    for i in range(n):
        await cola.put(i)
        await asyncio.sleep(0.1)


async def consumidor(cola, total):
    while True:
        item = await cola.get()
        if item is None:
            break
        total.append(item)


async def main():
    cola = asyncio.Queue()
    total = []
    c = asyncio.create_task(consumidor(cola, total))
    await productor(cola, 3)
    await c
    print(total)


asyncio.run(main())
