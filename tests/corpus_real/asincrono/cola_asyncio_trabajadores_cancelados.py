# esperado: aprobado
# El ejemplo de la documentación de asyncio.Queue: trabajadores en bucle
# infinito, `await cola.join()` y, después, cancelar a los trabajadores y
# esperarlos con gather(return_exceptions=True). Cada trabajador suma lo suyo
# (task_done en finally), y main suma los parciales cuando join() ha vuelto.
import asyncio

parciales = {}


async def trabajador(nombre, cola):
    while True:
        n = await cola.get()
        try:
            await asyncio.sleep(0.001 * n)
            parciales[nombre] = parciales.get(nombre, 0) + n
        finally:
            cola.task_done()


async def main():
    cola = asyncio.Queue()
    for n in range(1, 11):
        cola.put_nowait(n)
    tareas = [asyncio.create_task(trabajador(f"t{i}", cola)) for i in range(3)]
    await cola.join()
    for t in tareas:
        t.cancel()
    await asyncio.gather(*tareas, return_exceptions=True)
    print(parciales)
    assert sum(parciales.values()) == 55


asyncio.run(main())
