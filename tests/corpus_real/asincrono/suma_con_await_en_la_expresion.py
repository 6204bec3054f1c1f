# esperado: carrera
# `total += await pedir(n)`: Python lee `total` ANTES del await y lo escribe
# después; mientras una tarea espera, las otras hacen lo mismo con el valor
# viejo. Con gather de tres tareas que esperan, se pierden sumas en cualquier
# ejecución normal (sale el valor de una sola tarea).
import asyncio

total = 0


async def pedir(n):
    await asyncio.sleep(0.01 * n)
    return n * 10


async def sumar(n):
    global total
    total += await pedir(n)


async def main():
    await asyncio.gather(sumar(1), sumar(2), sumar(3))
    print("total:", total)
    assert total == 60, total


asyncio.run(main())
