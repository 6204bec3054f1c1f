# esperado: bucle_bloqueado
# time.sleep() (and requests-style blocking call) inside async def blocks the whole event loop, so the "concurrent" fetches run one after another
import asyncio
import time


async def fetch(i):
    print(f"start {i}")
    time.sleep(0.1)       # BUG: should be await asyncio.sleep(0.1)
    print(f"end {i}")
    return i


async def main():
    t0 = time.perf_counter()
    results = await asyncio.gather(*(fetch(i) for i in range(3)))
    print(results, f"took {time.perf_counter() - t0:.2f}s")


if __name__ == "__main__":
    asyncio.run(main())
