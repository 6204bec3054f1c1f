# esperado: aprobado
# Una función bloqueante (time.sleep) llevada a un hilo con asyncio.to_thread;
# el bucle sigue libre para el latido mientras tanto.
import asyncio
import time


def leer_sensor(n):
    time.sleep(0.2)
    return n * 10


async def latido(parar):
    latidos = 0
    while not parar.is_set():
        latidos += 1
        await asyncio.sleep(0.05)
    return latidos


async def main():
    parar = asyncio.Event()
    t = asyncio.create_task(latido(parar))
    valores = await asyncio.gather(*(asyncio.to_thread(leer_sensor, i) for i in range(3)))
    parar.set()
    n = await t
    print(valores, "latidos:", n)
    assert valores == [0, 10, 20] and n >= 1


asyncio.run(main())
