# esperado: aprobado
# Dos funciones en hilos con asyncio.to_thread que se coordinan con un
# threading.Event: una espera a que la otra prepare los datos (que tarda, con
# time.sleep). Correcto.
import asyncio
import threading
import time

listo = threading.Event()


def esperar():
    listo.wait()
    return "ok"


def preparar():
    time.sleep(0.2)
    listo.set()


async def main():
    r = await asyncio.gather(asyncio.to_thread(esperar), asyncio.to_thread(preparar))
    print(r)


asyncio.run(main())
