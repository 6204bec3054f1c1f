# esperado: aprobado
# loop.run_in_executor(None, ...) para llamadas bloqueantes, como en la
# documentación; gather espera a todas.
import asyncio
import time


def comprimir(nombre):
    time.sleep(0.1)
    return nombre + ".gz"


async def main():
    loop = asyncio.get_running_loop()
    res = await asyncio.gather(*(loop.run_in_executor(None, comprimir, n) for n in ("a", "b", "c")))
    print(res)
    assert res == ["a.gz", "b.gz", "c.gz"]


asyncio.run(main())
