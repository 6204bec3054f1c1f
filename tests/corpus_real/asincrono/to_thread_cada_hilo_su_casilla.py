# esperado: aprobado
# Cada hilo de to_thread suma en su propia casilla de una lista compartida
# (`partes[i] += 1`): nadie toca la casilla de otro, así que no hace falta candado.
import asyncio

partes = [0] * 4


def sumar(i):
    for _ in range(200):
        partes[i] += 1


async def main():
    await asyncio.gather(*(asyncio.to_thread(sumar, i) for i in range(4)))
    assert sum(partes) == 800


asyncio.run(main())
