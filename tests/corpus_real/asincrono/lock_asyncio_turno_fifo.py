# esperado: aprobado
# asyncio.Lock es justo: las tareas que esperan el candado lo reciben en el
# orden en que llegaron a esperarlo (documentado: «fair»). La tarea 0 lo toma
# y duerme; las tareas 1, 2 y 3 se ponen a esperar en ese orden (empiezan en
# orden de creación y llegan al acquire sin await previo), así que los turnos
# salen [0, 1, 2, 3] en CPython.
import asyncio

turnos = []


async def cliente(n, lock):
    async with lock:
        turnos.append(n)
        await asyncio.sleep(0.01)


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*(cliente(n, lock) for n in range(4)))
    assert turnos == [0, 1, 2, 3], turnos


asyncio.run(main())
