# esperado: aprobado
# Semaphore(2) limita la concurrencia (activas se toca sin await entre leer y escribir, atómico en asyncio); wait_for con margen amplio; run_in_executor para la parte de CPU.
import asyncio

limite = asyncio.Semaphore(2)
activas = 0
maximo = 0

def checksum(n):
    return sum(range(n)) % 97

async def tarea(n):
    global activas, maximo
    async with limite:
        activas += 1
        maximo = max(maximo, activas)
        await asyncio.sleep(0.005)
        loop = asyncio.get_running_loop()
        r = await loop.run_in_executor(None, checksum, n * 1000)
        activas -= 1
        return n, r

async def main():
    coros = [asyncio.wait_for(tarea(n), timeout=5) for n in range(6)]
    vistos = {}
    for fut in asyncio.as_completed(coros):
        n, r = await fut
        vistos[n] = r
    assert maximo <= 2, maximo
    assert vistos == {n: checksum(n * 1000) for n in range(6)}
    print("Completadas:", sorted(vistos), "máximo:", maximo)

asyncio.run(main())
