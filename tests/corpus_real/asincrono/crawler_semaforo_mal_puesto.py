# esperado: carrera
# El semáforo protege la CREACIÓN de las tareas, no las descargas: se suelta
# en cuanto la tarea se crea, así que las diez descargas van a la vez.
import asyncio

LIMITE = 3
activas = 0
maximo = 0


async def descargar(url):
    global activas, maximo
    activas += 1
    maximo = max(maximo, activas)
    await asyncio.sleep(0.05)
    activas -= 1


async def main():
    sem = asyncio.Semaphore(LIMITE)
    tareas = []
    for i in range(10):
        async with sem:
            tareas.append(asyncio.create_task(descargar(f"https://ejemplo.org/{i}")))
    await asyncio.gather(*tareas)
    print("máximo a la vez:", maximo)
    assert maximo <= LIMITE, f"{maximo} descargas a la vez"


asyncio.run(main())
