# esperado: aprobado
# Correcto: el trabajo va a un ThreadPoolExecutor y la corrutina espera su
# resultado con await (asyncio.wrap_future), sin congelar el bucle.
import asyncio
import concurrent.futures


def cuadrado(n):
    return n * n


async def latido(marcas):
    for i in range(3):
        await asyncio.sleep(0.01)
        marcas.append(i)


async def main():
    marcas = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as ejecutor:
        futuros = [asyncio.wrap_future(ejecutor.submit(cuadrado, n)) for n in range(5)]
        resultados, _ = await asyncio.gather(asyncio.gather(*futuros), latido(marcas))
    print(resultados)
    assert resultados == [0, 1, 4, 9, 16]


asyncio.run(main())
