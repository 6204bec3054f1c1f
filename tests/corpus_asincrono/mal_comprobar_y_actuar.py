# esperado: carrera
# Comprobar y actuar separados por un await: dos retiradas ven saldo suficiente.
import asyncio

saldo = 100


async def retirar(cantidad):
    global saldo
    if saldo >= cantidad:
        await asyncio.sleep(0.1)  # consulta al banco
        saldo -= cantidad


async def main():
    await asyncio.gather(retirar(80), retirar(50))
    assert saldo >= 0, f"saldo negativo: {saldo}"


asyncio.run(main())
