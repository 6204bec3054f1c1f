# esperado: bucle_bloqueado
# Dentro de una corrutina se llama a futuro.result() de un ThreadPoolExecutor: es una espera síncrona que congela el bucle hasta que el hilo acaba (0.2 s) y el latido no avanza.
import asyncio
import concurrent.futures
import time

pool = concurrent.futures.ThreadPoolExecutor(max_workers=2)


def informe_lento():
    time.sleep(0.2)
    return "informe"


async def generar():
    futuro = pool.submit(informe_lento)
    return futuro.result()          # debería ser: await asyncio.wrap_future(futuro)


async def latido(latidos):
    for _ in range(5):
        await asyncio.sleep(0.01)
        latidos.append(time.monotonic())


async def main():
    latidos = []
    r, _ = await asyncio.gather(generar(), latido(latidos))
    print(r, len(latidos))


asyncio.run(main())
pool.shutdown()
