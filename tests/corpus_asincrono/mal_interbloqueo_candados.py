# esperado: interbloqueo
import asyncio


class Cuenta:
    def __init__(self, saldo):
        self.saldo = saldo
        self.candado = asyncio.Lock()


async def transferir(origen, destino, cantidad):
    async with origen.candado:
        await asyncio.sleep(0.1)  # validar la operación
        async with destino.candado:
            origen.saldo -= cantidad
            destino.saldo += cantidad


async def main():
    a, b = Cuenta(500), Cuenta(300)
    await asyncio.gather(transferir(a, b, 200), transferir(b, a, 100))
    print(a.saldo, b.saldo)


asyncio.run(main())
