# esperado: aprobado
# asyncio.Queue with 3 worker tasks, queue.join(), then cancel workers and gather(return_exceptions=True) (the asyncio docs example; correct)
import asyncio
import random
import time


async def worker(name, queue, done):
    while True:
        sleep_for = await queue.get()
        await asyncio.sleep(sleep_for)
        done.append(sleep_for)
        queue.task_done()
        print(f"{name} has slept for {sleep_for:.3f} seconds")


async def main():
    queue = asyncio.Queue()
    done = []
    total_sleep_time = 0
    for _ in range(12):
        sleep_for = random.uniform(0.005, 0.03)
        total_sleep_time += sleep_for
        queue.put_nowait(sleep_for)

    tasks = []
    for i in range(3):
        task = asyncio.create_task(worker(f"worker-{i}", queue, done))
        tasks.append(task)

    started_at = time.monotonic()
    await queue.join()
    total_slept_for = time.monotonic() - started_at

    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)

    print("====")
    print(f"3 workers slept in parallel for {total_slept_for:.2f} seconds")
    print(f"total expected sleep time: {total_sleep_time:.2f} seconds")
    assert len(done) == 12


if __name__ == "__main__":
    asyncio.run(main())
