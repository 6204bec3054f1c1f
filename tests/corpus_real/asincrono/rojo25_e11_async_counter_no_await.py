# esperado: aprobado
# asyncio tasks do `self.hits += 1` with no await between read and write; coroutines only switch at await, so no update is lost (correct)
import asyncio


class Stats:
    def __init__(self):
        self.hits = 0

    async def handle(self, i):
        await asyncio.sleep(0.001 * (i % 3))
        self.hits += 1
        await asyncio.sleep(0)


async def main():
    s = Stats()
    await asyncio.gather(*(s.handle(i) for i in range(30)))
    print("hits:", s.hits)
    assert s.hits == 30


if __name__ == "__main__":
    asyncio.run(main())
