# esperado: aprobado
# Cada tarea anota su propio estado; main espera la migración, imprime el estado de
# esa tarea y sigue, mientras la copia de seguridad actualiza su propia entrada.
import asyncio

status = {}

async def migrate():
    status["migrate"] = "running"
    await asyncio.sleep(0.05)
    status["migrate"] = "done"

async def backup():
    status["backup"] = "running"
    for pct in (25, 50, 75, 100):
        await asyncio.sleep(0.05)
        status["backup"] = f"{pct}%"

async def main():
    m = asyncio.create_task(migrate())
    b = asyncio.create_task(backup())
    await m
    print("migration:", status["migrate"], "-> starting server")
    await asyncio.sleep(0.1)    # serve requests
    await b

asyncio.run(main())
