# esperado: aprobado
# asyncio.as_completed: los resultados llegan en orden de finalización.
import asyncio


async def tardar(n):
    await asyncio.sleep(0.01 * (5 - n))
    return n


async def main():
    vistos = []
    for corrutina in asyncio.as_completed([tardar(i) for i in range(5)]):
        vistos.append(await corrutina)
    assert sorted(vistos) == list(range(5))
    print(vistos)


asyncio.run(main())
