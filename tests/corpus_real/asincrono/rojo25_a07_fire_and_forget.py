# esperado: incompleto
# create_task() for each log upload without keeping/awaiting the tasks; main prints "all uploaded" and returns, asyncio.run cancels the pending uploads
import asyncio

uploaded = []


async def upload(name):
    await asyncio.sleep(0.02)
    uploaded.append(name)
    print(f"uploaded {name}")


async def main():
    for name in ["a.log", "b.log", "c.log"]:
        asyncio.create_task(upload(name))
    await asyncio.sleep(0)   # let them start
    print(f"all uploaded: {uploaded}")


if __name__ == "__main__":
    asyncio.run(main())
