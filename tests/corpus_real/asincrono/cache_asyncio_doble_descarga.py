# esperado: carrera
# Caché asíncrona: comprobar, `await` la descarga, guardar. Dos tareas piden la
# misma URL: la segunda comprueba mientras la primera está en el await, ve que
# falta y descarga otra vez. (En asyncio normal pasa siempre: la tarea 1 cede en
# el sleep y la tarea 2 corre su comprobación.)
import asyncio

cache = {}
descargas = 0


async def descargar(url):
    global descargas
    descargas += 1
    await asyncio.sleep(0.1)
    return f"<html {url}>"


async def obtener(url):
    if url not in cache:
        cache[url] = await descargar(url)
    return cache[url]


async def main():
    await asyncio.gather(obtener("/a"), obtener("/a"))
    print("descargas:", descargas)
    assert descargas == 1, descargas


asyncio.run(main())
