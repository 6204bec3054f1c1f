# esperado: carrera
# Async memo cache: `if key not in cache: cache[key] = await fetch(key)`; two tasks both miss before either stores, so the expensive fetch runs twice
import asyncio

cache = {}
fetch_count = {}


async def fetch_config(key):
    fetch_count[key] = fetch_count.get(key, 0) + 1
    await asyncio.sleep(0.01)     # HTTP request
    return {"key": key, "value": 42}


async def get_config(key):
    if key not in cache:
        cache[key] = await fetch_config(key)
    return cache[key]


async def main():
    results = await asyncio.gather(get_config("db"), get_config("db"), get_config("db"))
    print(results)
    print("fetches:", fetch_count)
    assert fetch_count["db"] == 1, "config fetched more than once"


if __name__ == "__main__":
    asyncio.run(main())
