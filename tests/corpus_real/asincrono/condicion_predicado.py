# esperado: aprobado
# asyncio.Condition con wait_for(predicado): los repartidores esperan a que
# haya pedidos y el cocinero avisa con notify_all.
import asyncio

pedidos = []
entregados = []


async def cocinero(cond):
    for i in range(6):
        await asyncio.sleep(0.01)
        async with cond:
            pedidos.append(i)
            cond.notify_all()
    async with cond:
        pedidos.append(None)
        cond.notify_all()


async def repartidor(cond):
    while True:
        async with cond:
            await cond.wait_for(lambda: pedidos)
            if pedidos[0] is None:
                return
            entregados.append(pedidos.pop(0))
        await asyncio.sleep(0.015)


async def main():
    cond = asyncio.Condition()
    await asyncio.gather(cocinero(cond), repartidor(cond), repartidor(cond))
    print(entregados)
    assert sorted(entregados) == list(range(6))


asyncio.run(main())
