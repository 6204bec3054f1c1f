# esperado: interbloqueo
# El consumidor hace `while True: await cola.get()` esperando un centinela que
# el productor olvidó poner, y main espera al consumidor: cuando la cola se
# vacía todas las tareas esperan y nada puede despertarlas.
import asyncio


async def productor(cola):
    for i in range(3):
        await cola.put(i)


async def consumidor(cola):
    while True:
        x = await cola.get()
        if x is None:
            break
        print("consumo", x)


async def main():
    cola = asyncio.Queue()
    c = asyncio.create_task(consumidor(cola))
    await productor(cola)
    await c


asyncio.run(main())
