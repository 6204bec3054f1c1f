# esperado: aprobado
# Productor/consumidor con resultados en una lista global: main espera a que
# la cola se vacíe (`await cola.join()`) y solo entonces lee los resultados y
# cancela a los consumidores, que ya están ociosos esperando en `get()`.
import asyncio

resultados = []


async def consumidor(cola):
    while True:
        x = await cola.get()
        await asyncio.sleep(0.01)
        resultados.append(x * x)
        cola.task_done()


async def main():
    cola = asyncio.Queue()
    tareas = [asyncio.create_task(consumidor(cola)) for _ in range(2)]
    for i in range(5):
        await cola.put(i)
    await cola.join()
    print("resultados:", sorted(resultados))
    for t in tareas:
        t.cancel()
    assert sorted(resultados) == [0, 1, 4, 9, 16]


asyncio.run(main())
