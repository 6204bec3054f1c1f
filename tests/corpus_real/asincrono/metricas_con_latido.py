# esperado: aprobado
# Un diccionario de métricas: los trabajadores cuentan trabajos y un latido (bucle
# sin fin) actualiza otra clave; main imprime la cuenta tras esperar a los trabajadores.
import asyncio

metrics = {"jobs_done": 0, "last_beat": 0.0}

async def heartbeat():
    loop = asyncio.get_running_loop()
    while True:
        metrics["last_beat"] = loop.time()
        await asyncio.sleep(0.05)

async def worker(n):
    await asyncio.sleep(0.03 * n)
    metrics["jobs_done"] += 1

async def main():
    hb = asyncio.create_task(heartbeat())
    await asyncio.gather(*(worker(n) for n in range(1, 5)))
    print("jobs done:", metrics["jobs_done"])
    await asyncio.sleep(0.1)   # e.g. flush / graceful shutdown delay
    hb.cancel()

asyncio.run(main())
