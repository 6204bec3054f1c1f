# esperado: bucle_bloqueado
# El mismo lector pero llamando a time.sleep dentro de la corrutina: el
# bucle queda parado 0,2 s por lectura y las tres van en serie.
import asyncio
import time


async def leer_sensor(n):
    time.sleep(0.2)
    return n * 10


async def main():
    t0 = time.monotonic()
    valores = await asyncio.gather(*(leer_sensor(i) for i in range(3)))
    print(valores, "%.1f s" % (time.monotonic() - t0))


asyncio.run(main())
