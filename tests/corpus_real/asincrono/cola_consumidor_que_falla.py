# esperado: interbloqueo
# Un consumidor falla con un elemento malo (ValueError) y muere sin llamar a
# task_done(); nadie recoge su excepción y main espera en cola.join() para
# siempre.
import asyncio


async def consumidor(cola, total):
    while True:
        texto = await cola.get()
        total.append(int(texto))
        cola.task_done()


async def main():
    cola = asyncio.Queue()
    total = []
    tarea = asyncio.create_task(consumidor(cola, total))
    for texto in ("1", "2", "tres", "4"):
        await cola.put(texto)
    await cola.join()
    tarea.cancel()
    print(sum(total))


asyncio.run(main())
