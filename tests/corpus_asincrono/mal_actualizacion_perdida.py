# esperado: carrera
import asyncio

visitas = 0


async def contar(n):
    global visitas
    for _ in range(n):
        actual = visitas
        await asyncio.sleep(0.01)  # guardar en la base de datos
        visitas = actual + 1


async def main():
    await asyncio.gather(contar(5), contar(5))
    assert visitas == 10, f"se perdieron visitas: {visitas}"


asyncio.run(main())
