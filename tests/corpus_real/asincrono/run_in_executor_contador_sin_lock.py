# esperado: carrera
# Estilo antiguo: get_event_loop() + run_until_complete, y el trabajo «pesado»
# a loop.run_in_executor(None, ...), que lo lleva a hilos de un
# ThreadPoolExecutor. Esos hilos comparten `procesadas` y la incrementan sin
# candado: si uno es expropiado entre leer y escribir, se pierde una suma.
import asyncio

procesadas = 0


def procesar_lote():
    global procesadas
    for _ in range(200):
        procesadas += 1


async def main(loop):
    await asyncio.gather(*(loop.run_in_executor(None, procesar_lote) for _ in range(3)))


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
loop.run_until_complete(main(loop))
loop.close()
assert procesadas == 600, procesadas
