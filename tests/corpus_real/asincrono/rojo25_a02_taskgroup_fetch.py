# esperado: aprobado
# desde: 3.11
# Python 3.11 asyncio.TaskGroup fetching several "APIs" concurrently; results read after the async with block (correct)
import asyncio


async def fetch_user(uid):
    await asyncio.sleep(0.02)
    return {"id": uid, "name": f"user{uid}"}


async def fetch_orders(uid):
    await asyncio.sleep(0.03)
    return [f"order-{uid}-{i}" for i in range(3)]


async def main():
    async with asyncio.TaskGroup() as tg:
        user_task = tg.create_task(fetch_user(42))
        orders_task = tg.create_task(fetch_orders(42))
        extra = [tg.create_task(fetch_user(i)) for i in range(5)]
    # all tasks are finished here
    user = user_task.result()
    orders = orders_task.result()
    print(f"{user['name']} has {len(orders)} orders")
    print("others:", [t.result()["name"] for t in extra])
    assert len(orders) == 3 and all(t.done() for t in extra)


if __name__ == "__main__":
    asyncio.run(main())
