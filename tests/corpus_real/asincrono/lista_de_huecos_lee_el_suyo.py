# esperado: aprobado
# Huecos de resultado reservados: main usa el hueco 0 en cuanto termina la tarea 0
# y luego espera a las demás, que escriben sus propios huecos.
import asyncio

slots = [None] * 3

async def compute(i):
    await asyncio.sleep(0.05 * (i + 1))
    slots[i] = i * i
    print(f"slot {i} ready")

async def main():
    tasks = [asyncio.create_task(compute(i)) for i in range(3)]
    await tasks[0]
    print("first result:", slots[0])
    await asyncio.gather(*tasks[1:])

asyncio.run(main())
