# esperado: aprobado
# El ejemplo de asyncio.Queue de la documentación: join() espera a que cada elemento tenga su task_done().
import asyncio


async def trabajador(nombre, cola, hechos):
    while True:
        espera = await cola.get()
        await asyncio.sleep(espera)
        hechos.append(espera)
        cola.task_done()


async def main():
    cola = asyncio.Queue()
    esperas = [0.01, 0.05, 0.02, 0.03, 0.01, 0.04, 0.02, 0.03, 0.05]
    for e in esperas:
        cola.put_nowait(e)

    hechos = []
    tareas = [asyncio.create_task(trabajador(f"trabajador-{i}", cola, hechos)) for i in range(3)]
    await cola.join()

    for t in tareas:
        t.cancel()
    await asyncio.gather(*tareas, return_exceptions=True)

    print(f"{len(hechos)} trabajos hechos, {sum(hechos):.2f} s de espera en total")
    assert sorted(hechos) == sorted(esperas)


asyncio.run(main())
