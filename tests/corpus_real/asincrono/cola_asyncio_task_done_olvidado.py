# esperado: interbloqueo
# El consumidor se salta task_done() cuando el elemento es inválido (un
# `continue` temprano). cola.join() espera para siempre ese elemento y el
# consumidor espera en get(): todas las tareas quedan bloqueadas.
import asyncio


async def consumidor(cola):
    while True:
        x = await cola.get()
        if x < 0:
            print("descartado", x)
            continue
        print("procesado", x)
        cola.task_done()


async def main():
    cola = asyncio.Queue()
    c = asyncio.create_task(consumidor(cola))
    for x in (1, -2, 3):
        await cola.put(x)
    await cola.join()
    c.cancel()


asyncio.run(main())
