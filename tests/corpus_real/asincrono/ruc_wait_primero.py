# esperado: aprobado
# Estilo antiguo: get_event_loop + run_until_complete(asyncio.wait(...,
# FIRST_COMPLETED)); las réplicas que no ganaron se cancelan y se esperan con
# otra vuelta del bucle antes de cerrarlo.
import asyncio


async def replica(nombre, segundos):
    await asyncio.sleep(segundos)
    return nombre


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
tareas = [loop.create_task(replica(n, s)) for n, s in (("norte", 0.3), ("sur", 0.1), ("este", 0.6))]
hechas, pendientes = loop.run_until_complete(
    asyncio.wait(tareas, return_when=asyncio.FIRST_COMPLETED)
)
for t in pendientes:
    t.cancel()
loop.run_until_complete(asyncio.gather(*pendientes, return_exceptions=True))
loop.close()
ganadora = hechas.pop().result()
print("respondió primero:", ganadora)
assert ganadora == "sur"
