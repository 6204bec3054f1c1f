# esperado: aprobado
# Cada tarea consume su propio generador asíncrono; Event da la salida y as_completed recoge en orden de llegada.
import asyncio


async def lecturas(sensor, n):
    for i in range(n):
        await asyncio.sleep(0.01 * (3 - sensor))
        yield sensor * 10 + i


async def recolector(sensor, salida):
    await salida.wait()
    total = 0
    async for valor in lecturas(sensor, 4):
        total += valor
    return sensor, total


async def main():
    salida = asyncio.Event()
    tareas = [asyncio.create_task(recolector(s, salida)) for s in range(3)]
    await asyncio.sleep(0)
    salida.set()
    totales = {}
    for siguiente in asyncio.as_completed(tareas):
        sensor, total = await siguiente
        totales[sensor] = total
    for sensor in sorted(totales):
        print(f"sensor {sensor}: {totales[sensor]}")
    assert totales == {0: 6, 1: 46, 2: 86}


asyncio.run(main())
