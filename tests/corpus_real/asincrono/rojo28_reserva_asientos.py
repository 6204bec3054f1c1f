# esperado: carrera
# Se comprueba que queda asiento, se espera al pago (await) y luego se resta: todos pasan la comprobación.
import asyncio

asientos_libres = 2
reservas = []


async def cobrar(cliente):
    await asyncio.sleep(0.01)  # pasarela de pago
    return True


async def reservar(cliente):
    global asientos_libres
    if asientos_libres > 0:
        if await cobrar(cliente):
            asientos_libres -= 1
            reservas.append(cliente)
            return True
    return False


async def main():
    clientes = ["ana", "beto", "carla", "dani", "eva"]
    await asyncio.gather(*(reservar(c) for c in clientes))
    print("Reservas:", reservas)
    print("Asientos libres:", asientos_libres)
    assert asientos_libres >= 0, "¡se vendieron más asientos de los que había!"


asyncio.run(main())
