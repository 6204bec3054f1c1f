# esperado: aprobado
# Tareas «dispara y olvida» creadas sin guardar más que en un conjunto, y al
# final de main el modismo de Stack Overflow: esperar a todas las demás tareas
# con `asyncio.all_tasks() - {asyncio.current_task()}` antes de leer los
# resultados. Cada tarea escribe su propia clave.
import asyncio

resultados = {}
fondo = set()


async def procesar(n):
    await asyncio.sleep(0.01 * (5 - n))
    resultados[n] = n * n


async def main():
    for n in range(5):
        t = asyncio.create_task(procesar(n))
        fondo.add(t)
        t.add_done_callback(fondo.discard)
    pendientes = asyncio.all_tasks() - {asyncio.current_task()}
    await asyncio.gather(*pendientes)
    print(resultados)
    assert resultados == {n: n * n for n in range(5)}


asyncio.run(main())
