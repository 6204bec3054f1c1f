# esperado: aprobado
# (Antes era a10 con esperado: interbloqueo.) El productor duerme 1 ms y el consumidor 2 ms; los temporizadores de asyncio se disparan por orden de plazo, así que el productor siempre ha puesto el siguiente elemento antes de que el consumidor compruebe q.empty(): frágil pero no falla en CPython.
import asyncio

async def productor(q):
    for i in range(5):
        await q.put(i)
        await asyncio.sleep(0.001)   # leer del "socket"

async def consumidor(q, vistos):
    while not q.empty():
        item = q.get_nowait()
        await asyncio.sleep(0.002)
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
