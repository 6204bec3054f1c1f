# esperado: aprobado
import asyncio


async def esperar_datos(listo, datos):
    await listo.wait()
    assert len(datos) == 3
    return sum(datos)


async def cargar(datos, listo):
    await asyncio.sleep(0.2)
    datos.extend([1, 2, 3])
    listo.set()


async def main():
    listo = asyncio.Event()
    datos = []
    esperas = [asyncio.create_task(esperar_datos(listo, datos)) for _ in range(3)]
    await cargar(datos, listo)
    assert await asyncio.gather(*esperas) == [6, 6, 6]


asyncio.run(main())
