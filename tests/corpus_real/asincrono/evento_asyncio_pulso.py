# esperado: aprobado
# asyncio.Event como pulso: `set(); clear()` despierta a las tareas que YA
# están esperando (set resuelve sus futuros; clear no los deshace). main se
# asegura de que las tres están en wait() con un sleep(0.1) (ninguna hace
# nada más antes), y las tres salen.
import asyncio


async def oyente(ev, despiertos, n):
    await ev.wait()
    despiertos.append(n)


async def main():
    ev = asyncio.Event()
    despiertos = []
    tareas = [asyncio.create_task(oyente(ev, despiertos, n)) for n in range(3)]
    await asyncio.sleep(0.1)
    ev.set()
    ev.clear()
    await asyncio.gather(*tareas)
    print(sorted(despiertos), ev.is_set())
    assert sorted(despiertos) == [0, 1, 2] and not ev.is_set()


asyncio.run(main())
