# esperado: aprobado
# main muestra el valor inicial del contador antes de que las tareas empiecen y
# espera a todas con gather. Leer el estado inicial no es usar un resultado: las
# tareas aún no han dado ni un paso.
import asyncio

visitas = 0


async def visitar(n):
    global visitas
    for _ in range(n):
        await asyncio.sleep(0.01)
        visitas += 1


async def main():
    tareas = [asyncio.create_task(visitar(3)) for _ in range(2)]
    print("Visitas al empezar:", visitas)
    await asyncio.gather(*tareas)


asyncio.run(main())
