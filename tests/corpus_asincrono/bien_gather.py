# esperado: aprobado
import asyncio
import time


async def process_data(data):
    print(f"procesando {data}...")
    await asyncio.sleep(10)
    return data * 2


async def main():
    inicio = time.monotonic()
    resultados = await asyncio.gather(*(process_data(d) for d in ("a", "b", "c")))
    assert resultados == ["aa", "bb", "cc"]
    assert time.monotonic() - inicio < 10.5, "no se procesó en paralelo"


asyncio.run(main())
