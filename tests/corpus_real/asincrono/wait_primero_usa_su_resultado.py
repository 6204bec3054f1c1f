# esperado: aprobado
# FIRST_COMPLETED bien usado: main toma el resultado de la tarea que ya terminó
# (no un dato que las otras siguen llenando), y luego espera al resto y usa
# todos los resultados.
import asyncio


async def replica(nombre, segundos):
    await asyncio.sleep(segundos)
    return f"{nombre} respondió en {segundos} s"


async def main():
    tareas = [asyncio.create_task(replica(n, s)) for n, s in (("a", 0.3), ("b", 0.1), ("c", 0.2))]
    hechas, pendientes = await asyncio.wait(tareas, return_when=asyncio.FIRST_COMPLETED)
    print("Primera:", next(iter(hechas)).result())
    await asyncio.gather(*pendientes)
    print("Todas:", [t.result() for t in tareas])


asyncio.run(main())
