# esperado: interbloqueo
# El consumidor (más rápido) sale en cuanto ve la cola vacía (while not q.empty()); el productor tarda 3 ms entre elementos, así que el consumidor termina tras el primero y await q.join() espera para siempre los task_done que faltan.
import asyncio

async def productor(q):
    for i in range(5):
        await q.put(i)
        await asyncio.sleep(0.003)   # leer del "socket"

async def consumidor(q, vistos):
    while not q.empty():
        item = q.get_nowait()
        await asyncio.sleep(0.001)
        vistos.append(item)
        q.task_done()

async def main():
    q = asyncio.Queue()
    vistos = []
    prod = asyncio.create_task(productor(q))
    await asyncio.sleep(0)
    cons = asyncio.create_task(consumidor(q, vistos))
    await prod
    await q.join()
    await cons
    print("Vistos:", vistos)

asyncio.run(main())
