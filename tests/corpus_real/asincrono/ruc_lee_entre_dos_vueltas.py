# esperado: incompleto
# Estilo antiguo: el módulo imprime los resultados entre dos run_until_complete,
# cuando las tareas aún no han terminado.
import asyncio

results = []

async def work(i):
    await asyncio.sleep(0.1 * i)
    results.append(i)

loop = asyncio.new_event_loop()
tasks = [loop.create_task(work(i)) for i in range(1, 4)]
loop.run_until_complete(asyncio.sleep(0.15))
print("results:", results)
loop.run_until_complete(asyncio.gather(*tasks))
loop.close()
