# esperado: incompleto
# Estilo antiguo con new_event_loop: main encarga los guardados con
# loop.create_task y vuelve; loop.close() los deja sin hacer, y el programa
# informa de cuántos se guardaron.
import asyncio

guardados = {}


async def guardar(clave, valor):
    await asyncio.sleep(0.01)
    guardados[clave] = valor


async def main(loop):
    for i in range(4):
        loop.create_task(guardar(f"k{i}", i))
    await asyncio.sleep(0)


loop = asyncio.new_event_loop()
loop.run_until_complete(main(loop))
loop.close()
print(f"Guardados {len(guardados)} de 4")
