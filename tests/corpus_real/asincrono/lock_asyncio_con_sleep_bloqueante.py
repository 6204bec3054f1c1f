# esperado: bucle_bloqueado
# Un asyncio.Lock protege una «escritura a disco» simulada con time.sleep: la
# corrutina bloquea el bucle de eventos entero mientras duerme (nadie más
# avanza, ni siquiera las tareas que no quieren el candado). Debía ser
# `await asyncio.sleep` o `await asyncio.to_thread(...)`.
import asyncio
import time

candado = asyncio.Lock()
guardados = []


async def guardar(n):
    async with candado:
        time.sleep(0.05)
        guardados.append(n)


async def latido():
    for _ in range(3):
        await asyncio.sleep(0.01)


async def main():
    await asyncio.gather(latido(), *(guardar(n) for n in range(3)))
    print(guardados)


asyncio.run(main())
