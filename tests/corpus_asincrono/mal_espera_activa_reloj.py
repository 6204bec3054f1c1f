# esperado: bucle_bloqueado
# Una espera activa sobre el reloj: congela el bucle 1 s.
import asyncio
import time


async def pausa(segundos):
    fin = time.monotonic() + segundos
    while time.monotonic() < fin:
        pass


async def latido(n):
    for _ in range(n):
        await asyncio.sleep(0.1)


async def main():
    await asyncio.gather(pausa(1), latido(5))


asyncio.run(main())
