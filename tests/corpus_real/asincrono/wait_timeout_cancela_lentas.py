# esperado: aprobado
# asyncio.wait con un plazo: las consultas que no llegan a tiempo se cancelan
# (y se esperan) y solo se usan los resultados de las que terminaron.
import asyncio


async def consultar(servidor, segundos):
    await asyncio.sleep(segundos)
    return f"{servidor}: ok"


async def main():
    tareas = [
        asyncio.create_task(consultar(s, t)) for s, t in (("uno", 0.1), ("dos", 0.3), ("tres", 5.0))
    ]
    hechas, pendientes = await asyncio.wait(tareas, timeout=1.0)
    for t in pendientes:
        t.cancel()
    await asyncio.gather(*pendientes, return_exceptions=True)
    respuestas = sorted(t.result() for t in hechas)
    print(respuestas)
    assert respuestas == ["dos: ok", "uno: ok"]


asyncio.run(main())
