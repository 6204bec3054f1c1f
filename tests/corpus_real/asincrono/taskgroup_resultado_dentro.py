# esperado: excepcion
# desde: 3.11
# Dentro del TaskGroup se lee t.result() de una tarea que aún no ha terminado:
# InvalidStateError («Result is not set.»). Pasa siempre: la tarea ni siquiera
# ha empezado cuando se pide el resultado.
import asyncio


async def descargar(n):
    await asyncio.sleep(0.1)
    return n * n


async def main():
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(descargar(3))
        print(t.result())


asyncio.run(main())
