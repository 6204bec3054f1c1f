# esperado: excepcion
# desde: 3.11
# Una tarea del TaskGroup falla con KeyError: el grupo cancela a las demás y
# el error sale en un ExceptionGroup.
import asyncio

precios = {"a": 1, "b": 2}


async def precio(clave):
    await asyncio.sleep(0.01)
    return precios[clave]


async def main():
    async with asyncio.TaskGroup() as tg:
        for clave in ["a", "b", "c"]:
            tg.create_task(precio(clave))


asyncio.run(main())
