# esperado: aprobado
# asyncio.Queue(maxsize=2) con dos consumidores que hacen task_done() en un
# finally; main espera cola.join() y luego cancela a los consumidores y espera
# su cancelación con gather(return_exceptions=True), como en la documentación.
import asyncio

procesados = []


async def consumidor(cola):
    while True:
        x = await cola.get()
        try:
            await asyncio.sleep(0.001 * x)
            procesados.append(x)
        finally:
            cola.task_done()


async def main():
    cola = asyncio.Queue(maxsize=2)
    consumidores = [asyncio.create_task(consumidor(cola)) for _ in range(2)]
    for i in range(8):
        await cola.put(i)
    await cola.join()
    for c in consumidores:
        c.cancel()
    await asyncio.gather(*consumidores, return_exceptions=True)
    assert sorted(procesados) == list(range(8)), procesados
    print(procesados)


asyncio.run(main())
