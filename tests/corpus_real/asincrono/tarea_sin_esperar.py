# esperado: incompleto
# create_task sin guardar ni esperar la tarea: asyncio.run termina antes que ella.
import asyncio

guardados = []


async def guardar(dato):
    await asyncio.sleep(0.1)
    guardados.append(dato)


async def main():
    asyncio.create_task(guardar("informe"))
    await asyncio.sleep(0.01)
    print("Guardado completado:", guardados)


asyncio.run(main())
