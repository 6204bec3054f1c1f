# esperado: incompleto
# Productor/consumidor con asyncio.Queue, pero el principal imprime los
# resultados justo después de encolar, sin `await cola.join()`: los
# consumidores aún no han procesado nada (solo corren cuando main cede).
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
    print("resultados:", sorted(resultados))
    for t in tareas:
        t.cancel()


asyncio.run(main())
