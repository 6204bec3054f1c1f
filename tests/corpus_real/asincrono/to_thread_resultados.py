# esperado: aprobado
# Funciones bloqueantes (time.sleep como E/S) en hilos con asyncio.to_thread;
# cada una devuelve su resultado y gather los junta en orden.
import asyncio
import time


def leer_sensor(n):
    time.sleep(0.1 * (3 - n % 3))
    return n * 1.5


async def main():
    lecturas = await asyncio.gather(*(asyncio.to_thread(leer_sensor, n) for n in range(6)))
    print(lecturas)
    assert lecturas == [n * 1.5 for n in range(6)]


asyncio.run(main())
