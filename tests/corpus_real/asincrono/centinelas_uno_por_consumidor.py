# esperado: aprobado
# Productor/consumidores con centinelas: el productor mete un None por cada
# consumidor al acabar, y cada consumidor termina al sacar el suyo.
import asyncio

CONSUMIDORES = 3


async def productor(cola):
    for i in range(12):
        await cola.put(i)
        await asyncio.sleep(0.005)
    for _ in range(CONSUMIDORES):
        await cola.put(None)


async def consumidor(cola, hechos):
    while True:
        x = await cola.get()
        if x is None:
            break
        await asyncio.sleep(0.01)
        hechos.append(x)


async def main():
    cola = asyncio.Queue(maxsize=4)
    hechos = []
    await asyncio.gather(productor(cola), *(consumidor(cola, hechos) for _ in range(CONSUMIDORES)))
    assert sorted(hechos) == list(range(12))
    print("procesados:", len(hechos))


asyncio.run(main())
