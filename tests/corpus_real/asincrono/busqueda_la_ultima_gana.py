# esperado: aprobado
# «La última búsqueda gana» (debounce): cada tecla cancela la búsqueda
# anterior (en una ráfaga de teclas, ni ha empezado) y lanza otra. Al final
# se espera la última y se usan sus resultados: lo cancelado ya no hacía falta.
import asyncio

resultados = {}
pendiente = None


async def buscar(texto):
    await asyncio.sleep(0.05)
    resultados["ultima"] = f"resultados para {texto!r}"


def teclear(texto):
    global pendiente
    if pendiente is not None:
        pendiente.cancel()
    pendiente = asyncio.create_task(buscar(texto))


async def main():
    for rafaga in (("p", "py"), ("pyt",), ("pyth", "pytho", "python")):
        for texto in rafaga:
            teclear(texto)
        await asyncio.sleep(0.01)
    await pendiente
    print(resultados["ultima"])
    assert resultados["ultima"] == "resultados para 'python'"


asyncio.run(main())
