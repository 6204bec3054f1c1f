# esperado: aprobado
# Código síncrono heredado que corre con asyncio.to_thread y necesita un dato
# que da una corrutina: desde el hilo hace
# `asyncio.run_coroutine_threadsafe(coro, loop).result()`. Es correcto: el
# bucle sigue libre (main está en `await to_thread(...)`, que no lo bloquea) y
# atiende la corrutina mientras el hilo espera su resultado.
import asyncio


async def precio(producto):
    await asyncio.sleep(0.01)
    return {"pan": 2, "leche": 1}[producto]


def factura_heredada(loop, productos):
    total = 0
    for p in productos:
        total += asyncio.run_coroutine_threadsafe(precio(p), loop).result()
    return total


async def main():
    loop = asyncio.get_running_loop()
    total = await asyncio.to_thread(factura_heredada, loop, ["pan", "leche", "pan"])
    print("total:", total)
    assert total == 5


asyncio.run(main())
