# esperado: aprobado
# Un consumidor que sondea la cola con get_nowait y duerme un poco cuando está
# vacía (cede el bucle); main espera con join() y luego lo cancela.
import asyncio

procesados = []


async def consumidor(cola):
    while True:
        try:
            x = cola.get_nowait()
        except asyncio.QueueEmpty:
            await asyncio.sleep(0.01)
            continue
        procesados.append(x)
        cola.task_done()


async def main():
    cola = asyncio.Queue()
    tarea = asyncio.create_task(consumidor(cola))
    for i in range(5):
        await cola.put(i)
        await asyncio.sleep(0.02)
    await cola.join()
    tarea.cancel()
    print(procesados)
    assert procesados == [0, 1, 2, 3, 4]


asyncio.run(main())
