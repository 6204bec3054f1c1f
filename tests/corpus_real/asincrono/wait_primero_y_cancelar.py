# esperado: aprobado
# asyncio.wait con FIRST_COMPLETED: se usa la réplica que responde antes y se
# cancelan (y esperan) las demás explícitamente. Nada queda a medias.
import asyncio


async def replica(nombre, segundos):
    await asyncio.sleep(segundos)
    return nombre


async def main():
    tareas = [asyncio.create_task(replica(n, s)) for n, s in (("eu", 0.3), ("us", 0.1), ("as", 0.5))]
    hechas, pendientes = await asyncio.wait(tareas, return_when=asyncio.FIRST_COMPLETED)
    for t in pendientes:
        t.cancel()
    await asyncio.gather(*pendientes, return_exceptions=True)
    ganadora = hechas.pop().result()
    print("ganó", ganadora)
    assert ganadora == "us"


asyncio.run(main())
