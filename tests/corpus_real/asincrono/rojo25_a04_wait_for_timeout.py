# esperado: aprobado
# asyncio.wait_for with a timeout around a slow call (TimeoutError handled) plus a blocking function run in the default executor via run_in_executor (correct)
import asyncio
import time


def blocking_io(n):
    time.sleep(0.02)        # file read, legacy driver, etc.
    return n * 2


async def slow_operation():
    await asyncio.sleep(1.0)
    return "finished"


async def main():
    try:
        result = await asyncio.wait_for(slow_operation(), timeout=0.05)
        print("result:", result)
    except asyncio.TimeoutError:
        print("timeout!")
        result = None

    loop = asyncio.get_running_loop()
    values = await asyncio.gather(*(loop.run_in_executor(None, blocking_io, i) for i in range(4)))
    print("executor results:", values)
    assert result is None
    assert values == [0, 2, 4, 6]


if __name__ == "__main__":
    asyncio.run(main())
