# esperado: aprobado
# main informa del progreso en un bucle mientras las tareas trabajan (lecturas
# a medias a propósito, repetidas) y al final espera y muestra el resultado.
import asyncio

hechos = []


async def tarea(i):
    await asyncio.sleep(0.1 * (i + 1))
    hechos.append(i)


async def main():
    tareas = [asyncio.create_task(tarea(i)) for i in range(3)]
    while len(hechos) < 3:
        print(f"Progreso: {len(hechos)}/3")
        await asyncio.sleep(0.05)
    await asyncio.gather(*tareas)
    print("Terminado:", sorted(hechos))


asyncio.run(main())
