# esperado: bucle_bloqueado
import asyncio

listo = False


async def preparar():
    global listo
    await asyncio.sleep(0.5)
    listo = True


async def esperar():
    while not listo:
        pass
    print("preparado")


async def main():
    await asyncio.gather(preparar(), esperar())


asyncio.run(main())
