# esperado: aprobado
# asyncio.Queue(maxsize=2) with producer and consumer; producer puts a None sentinel at the end (correct)
import asyncio


async def producer(q):
    for i in range(8):
        await q.put(i)
        print(f"produced {i}")
    await q.put(None)


async def consumer(q, out):
    while True:
        item = await q.get()
        if item is None:
            break
        await asyncio.sleep(0.002)
        out.append(item)
        print(f"consumed {item}")


async def main():
    q = asyncio.Queue(maxsize=2)
    out = []
    await asyncio.gather(producer(q), consumer(q, out))
    assert out == list(range(8))
    print("ok", out)


if __name__ == "__main__":
    asyncio.run(main())
