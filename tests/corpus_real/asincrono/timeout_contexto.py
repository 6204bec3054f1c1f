# esperado: aprobado
# desde: 3.11
# `async with asyncio.timeout(...)` alrededor de una consulta lenta: el plazo
# vence, se captura el TimeoutError y se usa el valor por defecto.
import asyncio


async def consultar_precio():
    await asyncio.sleep(3)
    return 10.0


async def main():
    try:
        async with asyncio.timeout(0.5):
            precio = await consultar_precio()
    except TimeoutError:
        precio = 9.5
    print("precio:", precio)
    assert precio == 9.5


asyncio.run(main())
