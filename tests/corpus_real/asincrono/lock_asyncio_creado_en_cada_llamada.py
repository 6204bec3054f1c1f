# esperado: carrera
# `async with asyncio.Lock():` crea un candado nuevo en cada llamada: no
# excluye a nadie. Leer, esperar y escribir `saldo` queda sin protección y las
# tareas que se intercalan en el await pierden ingresos.
import asyncio

saldo = 0


async def ingresar(cantidad):
    global saldo
    async with asyncio.Lock():
        actual = saldo
        await asyncio.sleep(0.001)
        saldo = actual + cantidad


async def main():
    await asyncio.gather(*(ingresar(10) for _ in range(5)))
    assert saldo == 50, saldo


asyncio.run(main())
