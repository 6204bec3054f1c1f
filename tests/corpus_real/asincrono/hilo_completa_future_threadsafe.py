# esperado: aprobado
# El hilo completa un Future del bucle con
# `loop.call_soon_threadsafe(fut.set_result, ...)`. Correcto.
import asyncio, threading

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    def hilo():
        loop.call_soon_threadsafe(fut.set_result, "hecho")
    t = threading.Thread(target=hilo)
    t.start()
    print(await fut)
    t.join()

asyncio.run(main())
