# esperado: carrera
# asyncio.to_thread offloads CPU-ish work to threads that each do `hits += 1` on a shared global without a lock; a thread switch between load and store loses updates
import asyncio

hits = 0


def count_lines(n):
    global hits
    for _ in range(n):
        hits += 1
    return n


async def main():
    sizes = await asyncio.gather(*(asyncio.to_thread(count_lines, 2000) for _ in range(4)))
    print(f"hits={hits}, expected {sum(sizes)}")
    assert hits == sum(sizes)


if __name__ == "__main__":
    asyncio.run(main())
