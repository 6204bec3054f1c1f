# esperado: aprobado
# desde: 3.11
# TaskGroup: se crean las tareas dentro del bloque y se leen los resultados
# después, cuando el grupo ya las esperó a todas.
import asyncio


async def descargar(n):
    await asyncio.sleep(0.02 * (5 - n))
    return n * n


async def main():
    async with asyncio.TaskGroup() as tg:
        tareas = [tg.create_task(descargar(n)) for n in range(5)]
    res = [t.result() for t in tareas]
    print(res)
    assert res == [0, 1, 4, 9, 16]


asyncio.run(main())
