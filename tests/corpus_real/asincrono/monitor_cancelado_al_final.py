# esperado: aprobado
# Un monitor toma una muestra cada 0,1 s mientras main trabaja; al acabar el
# trabajo, main cancela el monitor (está durmiendo entre dos muestras) y
# resume las muestras. Cancelar una tarea que ya hizo su parte es correcto.
import asyncio

muestras = []


async def monitor():
    n = 0
    while True:
        muestras.append(n)
        n += 1
        await asyncio.sleep(0.1)


async def trabajo():
    await asyncio.sleep(0.35)
    return "hecho"


async def main():
    vigia = asyncio.create_task(monitor())
    estado = await trabajo()
    vigia.cancel()
    try:
        await vigia
    except asyncio.CancelledError:
        pass
    print(estado, "con", len(muestras), "muestras")
    assert len(muestras) >= 3


asyncio.run(main())
