# esperado: interbloqueo
# mover(a, b) toma lock_a y, tras un await, lock_b; la otra tarea hace lo contrario: cada una se queda con un cerrojo esperando el de la otra.
import asyncio

async def mover(origen, destino, nombre, registro):
    async with origen:
        await asyncio.sleep(0)          # leer del almacén
        async with destino:
            registro.append(nombre)

async def main():
    lock_a = asyncio.Lock()
    lock_b = asyncio.Lock()
    registro = []
    await asyncio.gather(
        mover(lock_a, lock_b, "a->b", registro),
        mover(lock_b, lock_a, "b->a", registro),
    )
    print("Movimientos:", registro)

asyncio.run(main())
