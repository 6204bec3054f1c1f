# esperado: aprobado
import asyncio


async def trabajador(n):
    await asyncio.sleep(0.1 * n)
    if n == 2:
        raise ValueError("dato corrupto")
    return n


async def main():
    resultados = await asyncio.gather(*(trabajador(n) for n in range(4)), return_exceptions=True)
    errores = [r for r in resultados if isinstance(r, Exception)]
    assert len(errores) == 1
    print("ok", [r for r in resultados if not isinstance(r, Exception)])


asyncio.run(main())
