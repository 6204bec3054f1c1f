# esperado: carrera
# Rastreador que comprueba `if url in visitados`, espera la descarga y solo
# después hace `visitados.add(url)`: dos tareas con la misma URL pasan las dos
# la comprobación antes de que ninguna la apunte y la página se baja dos veces.
import asyncio

visitados = set()
descargas = []


async def rastrear(url):
    if url in visitados:
        return
    await asyncio.sleep(0.01)
    visitados.add(url)
    descargas.append(url)


async def main():
    urls = ["/inicio", "/contacto", "/inicio"]
    await asyncio.gather(*(rastrear(u) for u in urls))
    assert len(descargas) == len(set(descargas)), descargas


asyncio.run(main())
