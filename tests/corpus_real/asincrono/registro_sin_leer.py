# esperado: aprobado
# Una tarea que va apuntando eventos en una lista que nadie lee: asyncio.run
# la cancela al terminar main y no se pierde nada que el programa use.
import asyncio

eventos = []


async def auditar():
    while True:
        await asyncio.sleep(0.1)
        eventos.append("tic")


async def procesar(n):
    await asyncio.sleep(0.02)
    return n * 2


async def main():
    asyncio.create_task(auditar())
    resultados = await asyncio.gather(*(procesar(i) for i in range(5)))
    print("resultados:", resultados)


asyncio.run(main())
