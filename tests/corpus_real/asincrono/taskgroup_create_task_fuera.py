# esperado: incompleto
# desde: 3.11
# Dentro del TaskGroup, una de las tareas se crea con asyncio.create_task en
# vez de tg.create_task: el grupo no la espera, main imprime el informe sin
# ella y asyncio.run la cancela al salir.
import asyncio

informe = []


async def seccion(nombre, demora):
    await asyncio.sleep(demora)
    informe.append(nombre)


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(seccion("ventas", 0.1))
        tg.create_task(seccion("compras", 0.2))
        asyncio.create_task(seccion("resumen", 0.5))
    print("informe:", informe)


asyncio.run(main())
