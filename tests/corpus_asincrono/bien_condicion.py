# esperado: aprobado
import asyncio

pedidos = []


async def cocinero(cond, n):
    for i in range(n):
        await asyncio.sleep(0.1)
        async with cond:
            pedidos.append(i)
            cond.notify()


async def camarero(cond, n, servidos):
    for _ in range(n):
        async with cond:
            await cond.wait_for(lambda: pedidos)
            servidos.append(pedidos.pop(0))


async def main():
    cond = asyncio.Condition()
    servidos = []
    await asyncio.gather(cocinero(cond, 4), camarero(cond, 4, servidos))
    assert servidos == [0, 1, 2, 3]


asyncio.run(main())
