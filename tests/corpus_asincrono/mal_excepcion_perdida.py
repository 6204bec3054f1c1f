# esperado: excepcion
import asyncio

resultados = []


async def trabajador(n):
    await asyncio.sleep(0.5)
    if n == 2:
        raise ValueError("dato corrupto")
    resultados.append(n)


async def main():
    tareas = [asyncio.create_task(trabajador(n)) for n in range(4)]
    await asyncio.sleep(1)
    print("resultados:", resultados, len(tareas))


asyncio.run(main())
