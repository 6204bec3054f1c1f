# esperado: aprobado
# run_in_executor con un ThreadPoolExecutor propio de dos hilos para funciones
# bloqueantes; cada una devuelve su resultado.
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor


def comprimir(nombre):
    time.sleep(0.2)
    return nombre + ".gz"


async def main():
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=2) as ejecutor:
        hechos = await asyncio.gather(
            *(loop.run_in_executor(ejecutor, comprimir, n) for n in ("a", "b", "c", "d"))
        )
    print(hechos)
    assert hechos == ["a.gz", "b.gz", "c.gz", "d.gz"]


asyncio.run(main())
