# esperado: incompleto
# Forgotten await: save_record(...) creates a coroutine that never runs, yet main reports all records saved (RuntimeWarning: coroutine was never awaited)
import asyncio

database = []


async def save_record(rec):
    await asyncio.sleep(0.005)   # simulate a DB insert
    database.append(rec)


async def process(records):
    for r in records:
        r = r.upper()
        save_record(r)           # BUG: missing await
    print(f"saved {len(records)} records")


async def main():
    await process(["alpha", "beta", "gamma"])
    print("database now contains:", database)


if __name__ == "__main__":
    asyncio.run(main())
