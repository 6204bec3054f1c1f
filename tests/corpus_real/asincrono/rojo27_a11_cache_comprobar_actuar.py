# esperado: carrera
# Caché "comprobar y luego actuar" con await entre la comprobación y la escritura: dos peticiones simultáneas de la misma clave descargan ambas.
import asyncio

cache = {}
descargas = 0

async def descargar(clave):
    global descargas
    descargas += 1
    await asyncio.sleep(0.01)
    return clave * 3

async def obtener(clave):
    if clave not in cache:
        cache[clave] = await descargar(clave)
    return cache[clave]

async def main():
    r = await asyncio.gather(obtener("ab"), obtener("ab"), obtener("cd"))
    print(r, "descargas:", descargas)
    assert descargas == 2, f"descargas duplicadas: {descargas}"

asyncio.run(main())
