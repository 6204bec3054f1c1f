# esperado: aprobado
# Patrón de la documentación de asyncio.Queue: trabajadores con task_done, await q.join() antes de leer, luego se cancelan y se recogen con gather(return_exceptions=True).
import asyncio

async def trabajador(nombre, q, resultados):
    while True:
        n = await q.get()
        await asyncio.sleep(0.001 * (n % 3))
        resultados[n] = n * n
        q.task_done()

async def main():
    q = asyncio.Queue()
    resultados = {}
    for n in range(12):
        q.put_nowait(n)
    tareas = [asyncio.create_task(trabajador(f"w{i}", q, resultados)) for i in range(3)]
    await q.join()
    for t in tareas:
        t.cancel()
    await asyncio.gather(*tareas, return_exceptions=True)
    assert resultados == {n: n * n for n in range(12)}
    print("Suma de cuadrados:", sum(resultados.values()))

asyncio.run(main())
