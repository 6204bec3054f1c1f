# esperado: aprobado
# Rastreador con asyncio.Semaphore(3): como mucho tres «descargas» a la vez.
# Cada tarea escribe solo su clave del diccionario y se comprueba el máximo de
# concurrencia medido; entre `activas += 1` y `activas -= 1` el semáforo está
# tomado, y no hay await entre leer y escribir `activas` ni `maximo`.
import asyncio
import random

activas = 0
maximo = 0


async def descargar(sem, url, paginas):
    global activas, maximo
    async with sem:
        activas += 1
        maximo = max(maximo, activas)
        await asyncio.sleep(random.random() / 100)
        paginas[url] = f"<html>{url}</html>"
        activas -= 1


async def main():
    sem = asyncio.Semaphore(3)
    paginas = {}
    urls = [f"https://ejemplo.org/{i}" for i in range(12)]
    await asyncio.gather(*(descargar(sem, u, paginas) for u in urls))
    assert len(paginas) == 12
    assert maximo <= 3, maximo
    print("descargadas", len(paginas), "máximo simultáneo", maximo)


asyncio.run(main())
