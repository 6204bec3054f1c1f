# esperado: aprobado
# Como mucho 2 «peticiones» a la vez con asyncio.Semaphore.
import asyncio

dentro = 0
maximo = 0


async def peticion(sem, n):
    global dentro, maximo
    async with sem:
        dentro += 1
        maximo = max(maximo, dentro)
        await asyncio.sleep(0.01 * (n % 3))
        dentro -= 1


async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(peticion(sem, i) for i in range(8)))
    assert maximo <= 2, maximo


asyncio.run(main())
