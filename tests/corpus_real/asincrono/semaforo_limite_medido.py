# esperado: aprobado
# Rate limiting con asyncio.Semaphore(3): se mide cuántas «peticiones» hay a la
# vez; nunca pasa de 3. (Los contadores se tocan sin await en medio: atómico.)
import asyncio

activas = 0
maximo = 0


async def peticion(i, sem):
    global activas, maximo
    async with sem:
        activas += 1
        maximo = max(maximo, activas)
        await asyncio.sleep(0.05 + 0.01 * (i % 3))
        activas -= 1
    return i


async def main():
    sem = asyncio.Semaphore(3)
    res = await asyncio.gather(*(peticion(i, sem) for i in range(10)))
    print(res, "máximo:", maximo)
    assert res == list(range(10)) and 1 <= maximo <= 3


asyncio.run(main())
