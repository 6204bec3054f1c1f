# esperado: aprobado
# run_until_complete(main()) deja tareas en marcha a propósito, pero el programa
# vuelve a correr el bucle con gather antes de usar los resultados.
import asyncio

tareas = []
precios = {}


async def consultar(producto):
    await asyncio.sleep(0.05)
    precios[producto] = len(producto) * 10


async def main():
    for producto in ["pan", "leche", "huevos"]:
        tareas.append(asyncio.ensure_future(consultar(producto)))
    print("consultas lanzadas")


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
loop.run_until_complete(main())
loop.run_until_complete(asyncio.gather(*tareas))
loop.close()
print("Precios:", precios)
assert len(precios) == 3
