# esperado: aprobado
# El patrón de la documentación: un hilo normal manda corrutinas al bucle con
# `asyncio.run_coroutine_threadsafe(coro, loop)` y espera con
# `future.result()`. El bucle corre en main; main espera al hilo con
# `await asyncio.to_thread(hilo.join)` para no bloquear el bucle.
import asyncio
import threading


async def doble(x):
    await asyncio.sleep(0.01)
    return 2 * x


def cliente(loop, salida):
    for i in range(4):
        fut = asyncio.run_coroutine_threadsafe(doble(i), loop)
        salida.append(fut.result(timeout=5))


async def main():
    salida = []
    hilo = threading.Thread(target=cliente, args=(asyncio.get_running_loop(), salida))
    hilo.start()
    await asyncio.to_thread(hilo.join)
    print(salida)
    assert salida == [0, 2, 4, 6]


asyncio.run(main())
