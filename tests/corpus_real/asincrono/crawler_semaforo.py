# esperado: aprobado
# Un «crawler» limitado con asyncio.Semaphore(3): nunca hay más de tres
# descargas a la vez, y todas terminan.
import asyncio

LIMITE = 3
activas = 0
maximo = 0
paginas = {}


async def descargar(url, sem):
    global activas, maximo
    async with sem:
        activas += 1
        maximo = max(maximo, activas)
        await asyncio.sleep(0.05 + 0.01 * (len(url) % 4))
        paginas[url] = f"<html>{url}</html>"
        activas -= 1


async def main():
    sem = asyncio.Semaphore(LIMITE)
    urls = [f"https://ejemplo.org/{i}" for i in range(10)]
    await asyncio.gather(*(descargar(u, sem) for u in urls))
    print(len(paginas), "páginas; máximo a la vez:", maximo)
    assert len(paginas) == 10 and maximo <= LIMITE


asyncio.run(main())
