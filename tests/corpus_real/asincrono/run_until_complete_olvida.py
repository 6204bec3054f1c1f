# esperado: incompleto
# get_event_loop + run_until_complete(main()), pero main lanza tareas y no las
# espera: el bucle se para con ellas a medias.
import asyncio

hechos = []


async def paso(n):
    await asyncio.sleep(0.05)
    hechos.append(n)


async def main():
    for i in range(3):
        asyncio.ensure_future(paso(i))
    await asyncio.sleep(0)
    print("Pasos hechos:", hechos)


loop = asyncio.get_event_loop()
loop.run_until_complete(main())
