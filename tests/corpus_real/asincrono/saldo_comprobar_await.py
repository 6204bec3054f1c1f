# esperado: carrera
# Comprobar y luego actuar con un await entre medias, sin candado.
import asyncio

saldo = 100


async def retirar(cantidad):
    global saldo
    if saldo >= cantidad:
        await asyncio.sleep(0.01)
        saldo -= cantidad


async def main():
    await asyncio.gather(retirar(70), retirar(70))
    assert saldo >= 0, f"saldo negativo: {saldo}"


asyncio.run(main())
