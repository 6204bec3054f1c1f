# esperado: aprobado
# El estilo antiguo del tutorial: get_event_loop + run_until_complete(asyncio.wait(...)).
import asyncio
import warnings


async def trabajo(n):
    await asyncio.sleep(n / 10)
    return n * n


with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)  # 3.12+ avisa sin bucle actual
    loop = asyncio.get_event_loop()
tareas = [loop.create_task(trabajo(i)) for i in range(4)]
hechas, pendientes = loop.run_until_complete(asyncio.wait(tareas))
assert not pendientes
assert sorted(t.result() for t in hechas) == [0, 1, 4, 9]
loop.close()
