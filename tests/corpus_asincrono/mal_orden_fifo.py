# esperado: carrera
# Dos descargas de la misma duración: asyncio sin retrasos despierta primero al
# productor (empezó antes), pero la E/S real no dura siempre lo mismo y el
# consumidor puede terminar la suya antes y leer una lista vacía.
import asyncio

datos = []


async def productor():
    await asyncio.sleep(0.2)  # descargar el informe
    datos.append("informe")


async def consumidor():
    await asyncio.sleep(0.2)  # abrir la conexión con el cliente
    assert datos, "el consumidor leyó antes de que hubiera datos"
    print("consumido", datos[0])


async def main():
    await asyncio.gather(productor(), consumidor())


asyncio.run(main())
