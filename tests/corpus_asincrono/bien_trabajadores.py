# esperado: aprobado
# El patrón de la documentación de asyncio: trabajadores, queue.join() y cancelar.
import asyncio

hecho = []


async def trabajador(nombre, cola):
    while True:
        espera = await cola.get()
        await asyncio.sleep(espera)
        hecho.append(espera)
        cola.task_done()


async def main():
    cola = asyncio.Queue()
    for i in range(8):
        cola.put_nowait(0.1 * (i + 1))
    tareas = [asyncio.create_task(trabajador(f"t{i}", cola)) for i in range(3)]
    await cola.join()
    for t in tareas:
        t.cancel()
    await asyncio.gather(*tareas, return_exceptions=True)
    assert len(hecho) == 8


asyncio.run(main())
