# esperado: incompleto
# Un objeto de estadísticas se lee tras un sleep fijo, antes de que el rastreador
# termine: el atributo que imprime main seguía creciendo.
import asyncio

class Stats:
    def __init__(self):
        self.pages = 0

async def crawl(stats, n):
    for _ in range(n):
        await asyncio.sleep(0.05)
        stats.pages += 1

async def main():
    stats = Stats()
    crawler = asyncio.create_task(crawl(stats, 10))
    await asyncio.sleep(0.2)
    print("crawled pages:", stats.pages)
    await crawler

asyncio.run(main())
