# esperado: interbloqueo
import asyncio


async def esperar_datos(listo, datos):
    await listo.wait()
    return len(datos)


async def cargar(datos, listo):
    await asyncio.sleep(0.2)
    datos.extend([1, 2, 3])
    if len(datos) > 5:
        listo.set()


async def main():
    listo = asyncio.Event()
    datos = []
    espera = asyncio.create_task(esperar_datos(listo, datos))
    await cargar(datos, listo)
    print(await espera)


asyncio.run(main())
