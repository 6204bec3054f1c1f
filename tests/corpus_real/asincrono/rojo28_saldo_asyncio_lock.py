# esperado: aprobado
# La comprobación del saldo y la resta van juntas bajo asyncio.Lock, aunque haya un await en medio.
import asyncio


class CuentaAsync:
    def __init__(self, saldo):
        self.saldo = saldo
        self._candado = asyncio.Lock()

    async def retirar(self, cantidad):
        async with self._candado:
            if self.saldo < cantidad:
                return False
            await asyncio.sleep(0.01)  # autorización del banco
            self.saldo -= cantidad
            return True


async def main():
    cuenta = CuentaAsync(100)
    resultados = await asyncio.gather(*(cuenta.retirar(30) for _ in range(10)))
    print("Retiradas aprobadas:", resultados.count(True))
    print("Saldo final:", cuenta.saldo)
    assert cuenta.saldo == 10 and resultados.count(True) == 3


asyncio.run(main())
