# esperado: aprobado
# gather devuelve los resultados en el orden de los argumentos, independientemente del orden en que terminen; no hay estado compartido.
import asyncio

async def descargar(nombre, retardo):
    await asyncio.sleep(retardo)
    return f"{nombre}:{len(nombre)}"

async def main():
    resultados = await asyncio.gather(
        descargar("alfa", 0.03),
        descargar("be", 0.01),
        descargar("gamma", 0.02),
    )
    assert resultados == ["alfa:4", "be:2", "gamma:5"], resultados
    print(resultados)

asyncio.run(main())
