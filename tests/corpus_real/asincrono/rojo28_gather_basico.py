# esperado: aprobado
# gather espera a las tres corrutinas y devuelve los resultados en el orden en que se pasaron.
import asyncio


async def obtener(nombre, retraso):
    await asyncio.sleep(retraso)
    return f"{nombre}: {int(retraso * 1000)} ms"


async def main():
    resultados = await asyncio.gather(
        obtener("usuarios", 0.3),
        obtener("pedidos", 0.1),
        obtener("productos", 0.2),
    )
    for r in resultados:
        print(r)
    assert resultados[0].startswith("usuarios")


asyncio.run(main())
