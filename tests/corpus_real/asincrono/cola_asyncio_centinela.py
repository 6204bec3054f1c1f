# esperado: aprobado
# asyncio.Queue acotada con un centinela None por consumidor; gather espera a
# productor y consumidores.
import asyncio

resultados = []


async def productor(cola, n, consumidores):
    for i in range(n):
        await cola.put(i)
        await asyncio.sleep(0.001)
    for _ in range(consumidores):
        await cola.put(None)


async def consumidor(cola):
    while (x := await cola.get()) is not None:
        await asyncio.sleep(0.002)
        resultados.append(x + 100)


async def main():
    cola = asyncio.Queue(maxsize=2)
    await asyncio.gather(productor(cola, 8, 3), *(consumidor(cola) for _ in range(3)))
    print(sorted(resultados))
    assert sorted(resultados) == [100 + i for i in range(8)]


asyncio.run(main())
