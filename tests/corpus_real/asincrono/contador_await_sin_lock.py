# esperado: carrera
# Leer, esperar (await) y escribir: otra tarea actualiza entre medias y se pierde.
import asyncio

visitas = 0


async def registrar():
    global visitas
    actual = visitas
    await asyncio.sleep(0.01)
    visitas = actual + 1


async def main():
    await asyncio.gather(*(registrar() for _ in range(3)))
    assert visitas == 3, f"visitas = {visitas}"


asyncio.run(main())
