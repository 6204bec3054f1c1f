# esperado: aprobado
# asyncio.Semaphore(2) limits concurrent downloads; all downloaders wait on an asyncio.Event "start" set by main (correct)
import asyncio

sem = asyncio.Semaphore(2)
start = asyncio.Event()
current = 0
peak = 0


async def download(i):
    global current, peak
    await start.wait()
    async with sem:
        current += 1
        peak = max(peak, current)
        print(f"downloading {i} (concurrent={current})")
        await asyncio.sleep(0.01)
        current -= 1
    return i


async def main():
    tasks = [asyncio.create_task(download(i)) for i in range(6)]
    await asyncio.sleep(0.01)
    print("go!")
    start.set()
    results = await asyncio.gather(*tasks)
    print("results:", results, "peak:", peak)
    assert peak <= 2 and results == list(range(6))


if __name__ == "__main__":
    asyncio.run(main())
