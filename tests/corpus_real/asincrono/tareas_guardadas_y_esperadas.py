# esperado: aprobado
# Con get_event_loop + run_until_complete: main guarda las tareas que crea y
# las espera antes de terminar (la forma correcta del ejemplo anterior).
import asyncio

hechos = []


async def paso(n):
    await asyncio.sleep(0.05 * (3 - n))
    hechos.append(n)


async def main():
    pendientes = [asyncio.ensure_future(paso(i)) for i in range(3)]
    print("trabajando...")
    await asyncio.wait(pendientes)
    print("Pasos hechos:", sorted(hechos))


loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.close()
assert sorted(hechos) == [0, 1, 2]
