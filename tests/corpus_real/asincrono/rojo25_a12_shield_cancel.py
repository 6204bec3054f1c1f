# esperado: aprobado
# asyncio.shield protects a DB commit from the timeout that cancels the outer request; we then await the shielded task so the commit completes (correct)
import asyncio

committed = []


async def commit(tx):
    await asyncio.sleep(0.05)
    committed.append(tx)
    return f"{tx} committed"


async def handle_request(tx):
    commit_task = asyncio.create_task(commit(tx))
    try:
        return await asyncio.wait_for(asyncio.shield(commit_task), timeout=0.01)
    except asyncio.TimeoutError:
        print(f"request {tx} timed out, waiting for commit in background")
        return await commit_task


async def main():
    worker = asyncio.create_task(asyncio.sleep(10))
    results = await asyncio.gather(handle_request("tx1"), handle_request("tx2"))
    worker.cancel()
    try:
        await worker
    except asyncio.CancelledError:
        print("background worker cancelled")
    print(results)
    assert sorted(committed) == ["tx1", "tx2"]


if __name__ == "__main__":
    asyncio.run(main())
