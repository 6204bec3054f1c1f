# esperado: excepcion
# asyncio.wait(tareas, timeout=0.1) devuelve (hechas, pendientes), pero el
# programa recorre TODAS las tareas y pide result(): la lenta (1 s) sigue
# pendiente y result() lanza InvalidStateError.
import asyncio


async def tarea(segundos):
    await asyncio.sleep(segundos)
    return segundos


async def main():
    tareas = [asyncio.create_task(tarea(s)) for s in (0.01, 0.02, 1.0)]
    hechas, pendientes = await asyncio.wait(tareas, timeout=0.1)
    print(len(hechas), "hechas")
    for t in tareas:
        print(t.result())


asyncio.run(main())
