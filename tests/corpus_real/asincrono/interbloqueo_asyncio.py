# esperado: interbloqueo
# Dos asyncio.Lock tomados en distinto orden con un await entre medias.
import asyncio


async def tarea(primero, segundo):
    async with primero:
        await asyncio.sleep(0.01)
        async with segundo:
            print("dentro")


async def main():
    a, b = asyncio.Lock(), asyncio.Lock()
    await asyncio.gather(tarea(a, b), tarea(b, a))


asyncio.run(main())
