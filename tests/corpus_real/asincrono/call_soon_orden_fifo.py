# esperado: aprobado
# loop.call_soon garantiza orden FIFO (lo dice la documentación) y las tareas
# empiezan en el orden en que se crean. El programa confía en ambas cosas.
import asyncio

orden = []


async def paso(n):
    orden.append(("tarea", n))


async def main():
    loop = asyncio.get_running_loop()
    for n in range(3):
        loop.call_soon(orden.append, ("llamada", n))
    tareas = [asyncio.create_task(paso(n)) for n in range(3)]
    await asyncio.gather(*tareas)
    assert orden[:3] == [("llamada", 0), ("llamada", 1), ("llamada", 2)], orden
    assert orden[3:] == [("tarea", 0), ("tarea", 1), ("tarea", 2)], orden
    print(orden)


asyncio.run(main())
