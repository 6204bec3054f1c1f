# esperado: excepcion
# as_completed con timeout: una de las consultas tarda más que el plazo y
# as_completed lanza TimeoutError, que nadie captura.
import asyncio


async def consultar(n, segundos):
    await asyncio.sleep(segundos)
    return n


async def main():
    trabajos = [consultar(n, s) for n, s in ((1, 0.1), (2, 0.2), (3, 2.0))]
    for siguiente in asyncio.as_completed(trabajos, timeout=1.0):
        print("llegó", await siguiente)


asyncio.run(main())
