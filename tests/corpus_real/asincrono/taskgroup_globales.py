# esperado: aprobado
# desde: 3.11
# Las tareas del TaskGroup escriben en un diccionario global; main lo lee
# después del bloque `async with`, cuando el grupo ya las ha esperado a todas.
import asyncio

precios = {}


async def consultar(producto, demora):
    await asyncio.sleep(demora)
    precios[producto] = len(producto) * 3


async def main():
    async with asyncio.TaskGroup() as tg:
        for producto, demora in (("pan", 0.2), ("leche", 0.1), ("huevos", 0.3)):
            tg.create_task(consultar(producto, demora))
    print(precios)
    assert precios == {"pan": 9, "leche": 15, "huevos": 18}


asyncio.run(main())
