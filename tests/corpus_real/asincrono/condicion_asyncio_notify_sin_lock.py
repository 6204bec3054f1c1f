# esperado: excepcion
# asyncio.Condition: el productor pone el dato dentro de `async with cond` y
# llama a notify() después, fuera. Igual que en threading, notify() sin el lock
# lanza RuntimeError("cannot notify on un-acquired lock"), siempre.
import asyncio

datos = []


async def consumidor(cond):
    async with cond:
        await cond.wait_for(lambda: datos)
    print("recibido", datos[0])


async def productor(cond):
    async with cond:
        datos.append(1)
    cond.notify()


async def main():
    cond = asyncio.Condition()
    c = asyncio.create_task(consumidor(cond))
    await asyncio.sleep(0)
    await productor(cond)
    await c


asyncio.run(main())
