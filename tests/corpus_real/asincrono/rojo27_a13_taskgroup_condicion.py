# esperado: aprobado
# desde: 3.11
# TaskGroup (3.11) espera a todas las tareas; los consumidores esperan en asyncio.Condition con wait_for(predicado), así que no hay despertares perdidos; Event marca el fin.
import asyncio

async def main():
    cond = asyncio.Condition()
    pendientes = []
    fin = asyncio.Event()
    servidos = []

    async def cliente(nombre):
        async with cond:
            await cond.wait_for(lambda: pendientes or fin.is_set())
            if pendientes:
                servidos.append((nombre, pendientes.pop(0)))

    async def cocina():
        for plato in ["sopa", "arroz", "pan"]:
            await asyncio.sleep(0.002)
            async with cond:
                pendientes.append(plato)
                cond.notify()
        async with cond:
            fin.set()
            cond.notify_all()

    async with asyncio.TaskGroup() as tg:
        for n in ["ana", "beto", "carla"]:
            tg.create_task(cliente(n))
        tg.create_task(cocina())
    assert sorted(p for _, p in servidos) == ["arroz", "pan", "sopa"], servidos
    print("Platos servidos:", len(servidos))

asyncio.run(main())
