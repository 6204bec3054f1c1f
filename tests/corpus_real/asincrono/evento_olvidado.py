# esperado: interbloqueo
# Un consumidor espera un asyncio.Event que el productor nunca pone (pone otro).
import asyncio


async def consumidor(listo):
    await listo.wait()
    print("listo")


async def productor(otro):
    await asyncio.sleep(0.01)
    otro.set()


async def main():
    listo, otro = asyncio.Event(), asyncio.Event()
    await asyncio.gather(consumidor(listo), productor(otro))


asyncio.run(main())
