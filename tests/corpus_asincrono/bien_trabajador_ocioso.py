# esperado: aprobado
# Un trabajador que queda esperando en la cola al final no es trabajo perdido.
import asyncio


async def registrador(cola, lineas):
    while True:
        lineas.append(await cola.get())


async def main():
    cola = asyncio.Queue()
    lineas = []
    asyncio.create_task(registrador(cola, lineas))
    for i in range(3):
        await cola.put(f"linea {i}")
        await asyncio.sleep(0.1)
    assert lineas == ["linea 0", "linea 1", "linea 2"]


asyncio.run(main())
