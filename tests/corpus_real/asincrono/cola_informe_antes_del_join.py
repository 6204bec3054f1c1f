# esperado: incompleto
# El informe se imprime antes de `await cola.join()` (el join se dejó al final «para limpiar»):
# los trabajadores aún tienen elementos de la cola a medias.
import asyncio

processed = []

async def worker(q):
    while True:
        item = await q.get()
        await asyncio.sleep(0.02)
        processed.append(item)
        q.task_done()

async def main():
    q = asyncio.Queue()
    workers = [asyncio.create_task(worker(q)) for _ in range(2)]
    for i in range(8):
        await q.put(i)
    await asyncio.sleep(0.03)
    print(f"report: processed {len(processed)} items: {processed}")
    await q.join()
    for w in workers:
        w.cancel()

asyncio.run(main())
