# esperado: excepcion
# Dos tareas consumen el MISMO generador asíncrono a la vez: mientras una está
# dentro de `__anext__` (esperando el sleep), la otra pide el siguiente y
# Python lanza RuntimeError («anext(): asynchronous generator is already
# running»). Pasa en todas las ejecuciones: las dos tareas piden el primero
# antes de que el sleep acabe.
import asyncio


async def lecturas():
    for i in range(4):
        await asyncio.sleep(0.01)
        yield i


async def consumir(gen, nombre, vistos):
    async for x in gen:
        vistos.append((nombre, x))


async def main():
    gen = lecturas()
    vistos = []
    await asyncio.gather(consumir(gen, "a", vistos), consumir(gen, "b", vistos))
    print(vistos)


asyncio.run(main())
