# esperado: aprobado
# asyncio.Lock protects a read-await-write on an account balance, so concurrent deposits are not lost (correct)
import asyncio


class Account:
    def __init__(self):
        self.balance = 0
        self.lock = asyncio.Lock()

    async def deposit(self, amount):
        async with self.lock:
            current = self.balance
            await asyncio.sleep(0.001)   # simulate DB round-trip
            self.balance = current + amount


async def main():
    acct = Account()
    await asyncio.gather(*(acct.deposit(10) for _ in range(20)))
    print(f"balance: {acct.balance}")
    assert acct.balance == 200


if __name__ == "__main__":
    asyncio.run(main())
