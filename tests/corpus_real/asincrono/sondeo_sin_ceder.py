# esperado: bucle_bloqueado
# lento
# Espera activa dentro de una corrutina: `while cola.empty(): pass` nunca
# cede el bucle de eventos, así que el productor no puede meter nada.
import asyncio


async def productor(cola):
    await asyncio.sleep(0.1)
    await cola.put("dato")


async def consumidor(cola):
    while cola.empty():
        pass
    return await cola.get()


async def main():
    cola = asyncio.Queue()
    _, dato = await asyncio.gather(productor(cola), consumidor(cola))
    print(dato)


asyncio.run(main())
