# esperado: aprobado
# `total += n` en varias corrutinas SIN candado, pero sin ningún await entre la
# lectura y la escritura: en asyncio una corrutina solo cede en los await, así
# que el incremento es atómico respecto a las demás tareas. Correcto.
import asyncio

total = 0


async def sumar(n):
    global total
    for _ in range(5):
        await asyncio.sleep(0.001)
        total += n


async def main():
    await asyncio.gather(*(sumar(n) for n in range(1, 5)))
    assert total == 5 * (1 + 2 + 3 + 4), total
    print(total)


asyncio.run(main())
