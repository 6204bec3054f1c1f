# esperado: interbloqueo
# `except asyncio.CancelledError: pass` dentro del bucle de un trabajador (para
# «no ensuciar el log»): la cancelación se traga, el bucle sigue, y main, que
# hace `await tarea` tras cancel(), espera para siempre a una tarea que espera
# un elemento que ya no llegará.
import asyncio


async def trabajador(cola):
    while True:
        try:
            item = await cola.get()
            print("procesado", item)
        except asyncio.CancelledError:
            pass


async def main():
    cola = asyncio.Queue()
    tarea = asyncio.create_task(trabajador(cola))
    for i in range(3):
        await cola.put(i)
    await asyncio.sleep(0.05)
    tarea.cancel()
    await tarea
    print("fin")


asyncio.run(main())
