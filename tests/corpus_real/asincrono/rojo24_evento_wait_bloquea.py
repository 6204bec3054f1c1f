# esperado: bucle_bloqueado
# A medias: threading.Event().wait(1) dentro de una corrutina congela el bucle
import asyncio, threading

async def latido(n):
    for _ in range(n):
        await asyncio.sleep(0.1)

async def pausa():
    threading.Event().wait(1)

async def main():
    await asyncio.gather(latido(5), pausa())

asyncio.run(main())
