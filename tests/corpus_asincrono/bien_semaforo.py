# esperado: aprobado
import asyncio

dentro = 0
maximo = 0


async def descargar(sem, i):
    global dentro, maximo
    async with sem:
        dentro += 1
        maximo = max(maximo, dentro)
        await asyncio.sleep(0.1 * (i % 3 + 1))
        dentro -= 1
    return i


async def main():
    sem = asyncio.Semaphore(2)
    hechos = await asyncio.gather(*(descargar(sem, i) for i in range(6)))
    assert hechos == list(range(6))
    assert maximo <= 2, f"{maximo} descargas a la vez"


asyncio.run(main())
