# esperado: aprobado
# asyncio.Condition con wait_for: los consumidores esperan a que haya pedidos;
# el productor avisa con notify_all. Al final cada pedido se sirve una vez.
import asyncio

pedidos = []
servidos = []


async def consumidor(cond, n):
    for _ in range(n):
        async with cond:
            await cond.wait_for(lambda: pedidos)
            servidos.append(pedidos.pop(0))


async def productor(cond, total):
    for i in range(total):
        await asyncio.sleep(0.01)
        async with cond:
            pedidos.append(i)
            cond.notify_all()


async def main():
    cond = asyncio.Condition()
    await asyncio.gather(consumidor(cond, 3), consumidor(cond, 3), productor(cond, 6))
    print(sorted(servidos))
    assert sorted(servidos) == list(range(6))


asyncio.run(main())
