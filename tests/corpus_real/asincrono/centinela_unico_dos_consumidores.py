# esperado: interbloqueo
# Un solo centinela para dos consumidores: el primero que lo saca termina, y
# el otro se queda esperando en get() para siempre; gather no vuelve nunca.
import asyncio


async def productor(cola):
    for i in range(6):
        await cola.put(i)
    await cola.put(None)


async def consumidor(cola, hechos):
    while True:
        x = await cola.get()
        if x is None:
            break
        await asyncio.sleep(0.01)
        hechos.append(x)


async def main():
    cola = asyncio.Queue()
    hechos = []
    await asyncio.gather(productor(cola), consumidor(cola, hechos), consumidor(cola, hechos))
    print("procesados:", len(hechos))


asyncio.run(main())
