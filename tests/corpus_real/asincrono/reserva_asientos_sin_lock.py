# esperado: carrera
# Comprobar y actuar separados por un await: tres compradores ven que queda
# asiento, esperan a que se confirme el pago, y los tres lo restan.
import asyncio

asientos = 2


async def comprar(cliente):
    global asientos
    if asientos > 0:
        await asyncio.sleep(0.02)  # confirmar el pago
        asientos -= 1
        return f"{cliente}: reservado"
    return f"{cliente}: agotado"


async def main():
    respuestas = await asyncio.gather(*(comprar(c) for c in ("ana", "beto", "caro")))
    print(respuestas, "quedan", asientos)
    assert asientos >= 0, f"se vendieron de más: quedan {asientos}"


asyncio.run(main())
