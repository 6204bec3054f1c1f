# esperado: incompleto
# main lanza los cálculos, «los da por terminados» cancelándolos enseguida (sin
# haber cedido nunca el control) y suma lo que han dejado en `parciales`: los
# cálculos no llegaron a empezar y el total sale siempre 0.
import asyncio

parciales = {}


async def calcular(n):
    await asyncio.sleep(0.01)
    parciales[n] = n * 10


async def main():
    tareas = [asyncio.create_task(calcular(n)) for n in range(4)]
    for t in tareas:
        t.cancel()
    print("total:", sum(parciales.values()))


asyncio.run(main())
