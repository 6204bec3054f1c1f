# esperado: carrera
# A medias: cada tarea mira si quedan plazas, espera la confirmación del pago (await) y luego resta: dos reservas ven la misma última plaza
import asyncio

plazas = {"concierto": 1}
vendidas = []


async def reservar(cliente):
    if plazas["concierto"] > 0:
        await asyncio.sleep(0.01)  # el pago tarda
        plazas["concierto"] -= 1
        vendidas.append(cliente)


async def main():
    await asyncio.gather(*(reservar(c) for c in ("ana", "luis", "eva")))
    print("vendidas:", vendidas, "quedan:", plazas["concierto"])
    assert plazas["concierto"] >= 0, "se vendieron más entradas de las que había"


asyncio.run(main())
