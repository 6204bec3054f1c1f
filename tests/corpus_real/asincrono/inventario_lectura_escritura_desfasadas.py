# esperado: carrera
# Dos actualizaciones del inventario que «casi nunca» se solapan: la segunda
# lee 2 ms después de que la primera debería haber escrito. En una máquina
# ociosa la primera escribe antes; si su escritura en la base de datos tarda
# un poco más, la segunda lee el valor viejo y una unidad se pierde.
import asyncio

stock = {"tornillos": 100}


async def leer(item):
    await asyncio.sleep(0.01)
    return stock[item]


async def escribir(item, valor):
    await asyncio.sleep(0.09)
    stock[item] = valor


async def reponer(item, n, espera):
    await asyncio.sleep(espera)
    actual = await leer(item)
    await escribir(item, actual + n)


async def main():
    await asyncio.gather(reponer("tornillos", 5, 0.0), reponer("tornillos", 7, 0.092))
    print(stock)
    assert stock["tornillos"] == 112, stock


asyncio.run(main())
