# esperado: carrera
# El orden FIFO de asyncio hace que el productor siempre llegue antes: otro orden no.
import asyncio

datos = []


async def productor():
    datos.append("informe")


async def consumidor():
    await asyncio.sleep(0)
    assert datos, "el consumidor leyó antes de que hubiera datos"
    print("consumido", datos[0])


async def main():
    await asyncio.gather(productor(), consumidor())


asyncio.run(main())
