# esperado: aprobado
# Productor/consumidores con asyncio.Queue, join() y cancelación al final.
import asyncio


async def consumidor(nombre, cola, hechos):
    while True:
        item = await cola.get()
        await asyncio.sleep(0.01)
        hechos.append(item)
        cola.task_done()


async def main():
    cola = asyncio.Queue()
    hechos = []
    consumidores = [asyncio.create_task(consumidor(f"c{i}", cola, hechos)) for i in range(3)]
    for i in range(9):
        await cola.put(i)
    await cola.join()
    for c in consumidores:
        c.cancel()
    await asyncio.gather(*consumidores, return_exceptions=True)
    assert sorted(hechos) == list(range(9))


asyncio.run(main())
