# esperado: aprobado
# asyncio.wait_for con un plazo: la consulta lenta se cancela y se captura el
# TimeoutError; la rápida llega a tiempo.
import asyncio


async def consulta(nombre, segundos):
    await asyncio.sleep(segundos)
    return nombre


async def main():
    rapida = await asyncio.wait_for(consulta("rápida", 0.1), timeout=1.0)
    try:
        await asyncio.wait_for(consulta("lenta", 5), timeout=0.5)
        lenta = "llegó"
    except asyncio.TimeoutError:
        lenta = "plazo vencido"
    print(rapida, lenta)
    assert (rapida, lenta) == ("rápida", "plazo vencido")


asyncio.run(main())
