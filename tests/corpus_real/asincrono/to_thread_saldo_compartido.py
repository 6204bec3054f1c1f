# esperado: carrera
# Los ingresos se hacen en hilos con asyncio.to_thread, y cada uno lee el
# saldo, «consulta al banco» (time.sleep) y escribe: los hilos corren a la vez
# y se pisan (actualización perdida).
import asyncio
import time

saldo = 0


def ingresar(cantidad):
    global saldo
    actual = saldo
    time.sleep(0.01)
    saldo = actual + cantidad


async def main():
    await asyncio.gather(*(asyncio.to_thread(ingresar, 10) for _ in range(5)))
    print("saldo:", saldo)
    assert saldo == 50, saldo


asyncio.run(main())
