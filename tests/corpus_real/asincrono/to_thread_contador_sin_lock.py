# esperado: carrera
# asyncio.to_thread lleva `sumar` a hilos del ejecutor por defecto: aunque el
# programa sea «asyncio», esos hilos corren a la vez y `total += 1` sin
# candado pierde incrementos si un hilo es expropiado entre leer y escribir.
import asyncio

total = 0


def sumar():
    global total
    for _ in range(300):
        total += 1


async def main():
    await asyncio.gather(*(asyncio.to_thread(sumar) for _ in range(3)))
    assert total == 900, total


asyncio.run(main())
