# esperado: aprobado
# Comprobar y actuar a través de un await, pero todo dentro de un asyncio.Lock.
import asyncio

saldo = 100


async def retirar(lock, cantidad):
    global saldo
    async with lock:
        if saldo >= cantidad:
            await asyncio.sleep(0.01)
            saldo -= cantidad


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*(retirar(lock, 60) for _ in range(3)))
    assert saldo >= 0, saldo
    print("saldo", saldo)


asyncio.run(main())
