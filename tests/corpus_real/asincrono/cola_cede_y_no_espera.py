# esperado: incompleto
# Los consumidores ya esperan en `get()` (main cedió con sleep(0)), main encola
# cinco números, imprime los resultados y cancela a los consumidores sin
# `await cola.join()`: a cada consumidor le acaba de llegar un elemento que no
# llega a procesar. CPython imprime siempre «resultados: []».
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
    await asyncio.sleep(0)
    for i in range(5):
        cola.put_nowait(i)
    print("resultados:", sorted(resultados))
    for t in tareas:
        t.cancel()


asyncio.run(main())
