# esperado: incompleto
# main lanza las descargas, cede una vez para que «arranquen» y comprueba que
# están todas; las espera después. La comprobación mira un resultado que las
# tareas aún están produciendo.
import asyncio

descargadas = []


async def descargar(url):
    await asyncio.sleep(0.05 * len(url))
    descargadas.append(url)


async def main():
    urls = ["a.org", "bb.org", "ccc.org"]
    tareas = [asyncio.create_task(descargar(u)) for u in urls]
    await asyncio.sleep(0)
    assert len(descargadas) == len(urls), f"faltan descargas: {descargadas}"
    await asyncio.gather(*tareas)


asyncio.run(main())
