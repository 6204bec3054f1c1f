# esperado: aprobado
import asyncio

saldo = 100
candado = asyncio.Lock()


async def retirar(cantidad):
    global saldo
    async with candado:
        if saldo >= cantidad:
            await asyncio.sleep(0.1)
            saldo -= cantidad
            return True
    return False


async def main():
    hechas = await asyncio.gather(retirar(80), retirar(50), retirar(20))
    assert saldo >= 0, f"saldo negativo: {saldo}"
    assert saldo == 100 - sum(c for c, h in zip((80, 50, 20), hechas) if h)


asyncio.run(main())
