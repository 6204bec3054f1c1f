# esperado: aprobado
# Lo mismo con un asyncio.Lock que cubre la comprobación y la resta: el pago
# se confirma dentro de la sección crítica y nunca se vende de más.
import asyncio

asientos = 2


async def comprar(cliente, candado):
    global asientos
    async with candado:
        if asientos > 0:
            await asyncio.sleep(0.02)  # confirmar el pago
            asientos -= 1
            return f"{cliente}: reservado"
    return f"{cliente}: agotado"


async def main():
    candado = asyncio.Lock()
    respuestas = await asyncio.gather(*(comprar(c, candado) for c in ("ana", "beto", "caro")))
    print(respuestas, "quedan", asientos)
    assert asientos == 0 and sum("reservado" in r for r in respuestas) == 2


asyncio.run(main())
