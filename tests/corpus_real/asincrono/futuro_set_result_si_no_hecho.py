# esperado: aprobado
# La versión correcta del «primero que responda gana»: `if not fut.done():
# fut.set_result(...)`. Entre la comprobación y el set_result no hay ningún
# await, así que en asyncio ninguna otra tarea puede colarse: nunca se pone
# dos veces. (Comprobar-y-actuar sin await en medio es atómico en asyncio.)
import asyncio


async def consultar(replica, retraso, fut):
    await asyncio.sleep(retraso)
    if not fut.done():
        fut.set_result(replica)


async def main():
    fut = asyncio.get_running_loop().create_future()
    tareas = [asyncio.create_task(consultar(r, 0.02, fut)) for r in "abc"]
    ganador = await fut
    await asyncio.gather(*tareas)
    print("ganó:", ganador)
    assert ganador in "abc"


asyncio.run(main())
