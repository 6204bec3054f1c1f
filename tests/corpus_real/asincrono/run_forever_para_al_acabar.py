# esperado: aprobado
# Estilo antiguo con run_forever: la última tarea en terminar para el bucle
# (loop.stop) cuando todas las descargas han acabado.
import asyncio

hechas = []


async def descargar(n, pendientes, loop):
    await asyncio.sleep(0.05 * n)
    hechas.append(n)
    pendientes.discard(n)
    if not pendientes:
        loop.stop()


loop = asyncio.new_event_loop()
pendientes = {1, 2, 3}
for n in sorted(pendientes):
    loop.create_task(descargar(n, pendientes, loop))
loop.run_forever()
loop.close()
print("hechas:", hechas)
assert sorted(hechas) == [1, 2, 3]
