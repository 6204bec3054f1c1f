# esperado: aprobado
# Variante del patrón de la documentación: un hilo manda corrutinas al bucle
# con `asyncio.run_coroutine_threadsafe(coro, loop)` y espera cada resultado
# con `future.result()`; main no bloquea el bucle: sondea
# `hilo.is_alive()` con `await asyncio.sleep(0.01)` y después hace join().
import asyncio
import threading


async def doble(x):
    await asyncio.sleep(0.01)
    return 2 * x


def cliente(loop, salida):
    for i in range(4):
        fut = asyncio.run_coroutine_threadsafe(doble(i), loop)
        salida.append(fut.result())


async def main():
    salida = []
    hilo = threading.Thread(target=cliente, args=(asyncio.get_running_loop(), salida))
    hilo.start()
    while hilo.is_alive():
        await asyncio.sleep(0.01)
    hilo.join()
    print(salida)
    assert salida == [0, 2, 4, 6]


asyncio.run(main())
