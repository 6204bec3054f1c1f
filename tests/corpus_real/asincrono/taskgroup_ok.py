# esperado: aprobado
# desde: 3.11
# TaskGroup espera a todas sus tareas al salir del bloque.
import asyncio


async def trabajo(n):
    await asyncio.sleep(0.01 * n)
    return n * 2


async def main():
    async with asyncio.TaskGroup() as tg:
        tareas = [tg.create_task(trabajo(i)) for i in range(4)]
    print([t.result() for t in tareas])


asyncio.run(main())
