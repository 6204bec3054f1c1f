# esperado: aprobado
# Un Event como señal de parada: los trabajadores repiten su ciclo hasta que
# main la activa, y main espera a que terminen antes de leer los contadores.
import asyncio

ciclos = {}


async def trabajador(nombre, parar):
    ciclos[nombre] = 0
    while not parar.is_set():
        await asyncio.sleep(0.1)
        ciclos[nombre] += 1


async def main():
    parar = asyncio.Event()
    tareas = [asyncio.create_task(trabajador(n, parar)) for n in ("a", "b")]
    await asyncio.sleep(0.35)
    parar.set()
    await asyncio.gather(*tareas)
    print(ciclos)
    assert all(n >= 3 for n in ciclos.values())


asyncio.run(main())
