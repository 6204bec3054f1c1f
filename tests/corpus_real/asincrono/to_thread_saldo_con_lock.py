# esperado: aprobado
# Los ingresos van en hilos con asyncio.to_thread, y un threading.Lock cubre
# leer, «consultar al banco» (time.sleep) y escribir: no se pierde ninguno.
import asyncio
import threading
import time

saldo = 0
candado = threading.Lock()


def ingresar(cantidad):
    global saldo
    with candado:
        actual = saldo
        time.sleep(0.01)
        saldo = actual + cantidad


async def main():
    await asyncio.gather(*(asyncio.to_thread(ingresar, 10) for _ in range(5)))
    print("saldo:", saldo)
    assert saldo == 50, saldo


asyncio.run(main())
