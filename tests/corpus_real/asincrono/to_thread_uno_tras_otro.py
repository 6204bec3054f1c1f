# esperado: aprobado
# Los trabajos de to_thread se esperan uno a uno (await dentro del bucle for):
# nunca coinciden, así que sumar sin candado es correcto.
import asyncio

total = 0

def sumar(n):
    global total
    for _ in range(n):
        total += 1

async def main():
    for _ in range(3):
        await asyncio.to_thread(sumar, 300)
    assert total == 900

asyncio.run(main())
