# esperado: aprobado
# Un recolector sin fin va añadiendo muestras; main imprime cuántas lleva «so far»
# y lo cancela al acabar su propio trabajo.
import asyncio
import random

samples = []

async def collector():
    while True:
        samples.append(random.random())
        await asyncio.sleep(0.02)

async def main():
    c = asyncio.create_task(collector())
    await asyncio.sleep(0.1)              # main's own work
    print(f"collected {len(samples)} samples so far")
    await asyncio.sleep(0.05)             # more of main's own work
    c.cancel()

asyncio.run(main())
