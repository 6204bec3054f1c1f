# esperado: aprobado
# El mismo gather con return_exceptions=True: los errores vuelven como valores y
# el programa los cuenta.
import asyncio


async def pedir(n):
    await asyncio.sleep(0.01 * n)
    if n == 2:
        raise ConnectionError(f"petición {n} falló")
    return n


async def main():
    res = await asyncio.gather(*(pedir(n) for n in range(4)), return_exceptions=True)
    errores = [r for r in res if isinstance(r, Exception)]
    print(res)
    assert len(errores) == 1 and res[3] == 3


asyncio.run(main())
