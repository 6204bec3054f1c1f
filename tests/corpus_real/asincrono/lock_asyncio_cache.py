# esperado: aprobado
# La misma caché con un asyncio.Lock alrededor de comprobar-descargar-guardar.
import asyncio

cache = {}
descargas = 0
candado = None


async def descargar(url):
    global descargas
    descargas += 1
    await asyncio.sleep(0.1)
    return f"<html {url}>"


async def obtener(url):
    async with candado:
        if url not in cache:
            cache[url] = await descargar(url)
    return cache[url]


async def main():
    global candado
    candado = asyncio.Lock()
    res = await asyncio.gather(obtener("/a"), obtener("/a"), obtener("/b"))
    print("descargas:", descargas, res)
    assert descargas == 2


asyncio.run(main())
