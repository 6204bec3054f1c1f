# esperado: aprobado
# El estilo antiguo: get_event_loop() + run_until_complete(asyncio.wait(tareas)),
# sin tarea principal (antes daba «trampa: -1 tareas concurrentes»).
import asyncio


async def descargar(n):
    await asyncio.sleep(0.1 * n)
    print("descargado", n)
    return n


loop = asyncio.get_event_loop()
tareas = [loop.create_task(descargar(i)) for i in range(3)]
hechas, pendientes = loop.run_until_complete(asyncio.wait(tareas))
print(sorted(t.result() for t in hechas))
