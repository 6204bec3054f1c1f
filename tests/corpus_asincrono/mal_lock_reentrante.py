# esperado: interbloqueo
import asyncio


class Inventario:
    def __init__(self):
        self.candado = asyncio.Lock()
        self.stock = {}

    async def anadir(self, item, n):
        async with self.candado:
            self.stock[item] = self.stock.get(item, 0) + n

    async def reponer(self, items):
        async with self.candado:
            for item in items:
                await self.anadir(item, 10)


async def main():
    inv = Inventario()
    await inv.reponer(["tornillos", "tuercas"])
    print(inv.stock)


asyncio.run(main())
