# esperado: excepcion
# gather de tres «peticiones», una con un error: sin return_exceptions=True la
# primera excepción sale de gather y del programa.
import asyncio


async def pedir(n):
    await asyncio.sleep(0.01 * n)
    if n == 2:
        raise ConnectionError(f"petición {n} falló")
    return n


async def main():
    print(await asyncio.gather(*(pedir(n) for n in range(4))))


asyncio.run(main())
