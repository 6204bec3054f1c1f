# esperado: aprobado
# asyncio.PriorityQueue con trabajadores permanentes: el principal espera con
# cola.join() a que se marquen todas las tareas (task_done) y luego cancela a
# los trabajadores, como en el ejemplo de la documentación de asyncio.Queue.
import asyncio


async def trabajador(cola, hechos):
    while True:
        prioridad, tarea = await cola.get()
        await asyncio.sleep(0.001 * prioridad)
        hechos.append(tarea)
        cola.task_done()


async def main():
    cola = asyncio.PriorityQueue()
    hechos = []
    for p, t in [(3, "baja"), (1, "alta"), (2, "media"), (1, "urgente")]:
        cola.put_nowait((p, t))
    trabajadores = [asyncio.create_task(trabajador(cola, hechos)) for _ in range(2)]
    await cola.join()
    for w in trabajadores:
        w.cancel()
    await asyncio.gather(*trabajadores, return_exceptions=True)
    assert sorted(hechos) == ["alta", "baja", "media", "urgente"]
    print(hechos)


asyncio.run(main())
