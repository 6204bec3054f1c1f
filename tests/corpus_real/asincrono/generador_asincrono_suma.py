# esperado: aprobado
# Un generador asíncrono por tarea (cada una el suyo) y `async for`; los
# totales se devuelven y gather los junta en orden. Nada compartido.
import asyncio


async def lecturas(sensor, n):
    for i in range(n):
        await asyncio.sleep(0.01 * (sensor + 1))
        yield sensor * 100 + i


async def sumar(sensor):
    total = 0
    async for valor in lecturas(sensor, 5):
        total += valor
    return total


async def main():
    totales = await asyncio.gather(*(sumar(s) for s in range(3)))
    print(totales)
    assert totales == [sum(s * 100 + i for i in range(5)) for s in range(3)]


asyncio.run(main())
