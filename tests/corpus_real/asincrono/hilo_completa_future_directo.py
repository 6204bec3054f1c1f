# esperado: carrera
# Un hilo completa un Future del bucle con `fut.set_result` directamente, sin
# `call_soon_threadsafe`: el bucle no se entera (carrera con el bucle).
import asyncio, threading

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = threading.Thread(target=lambda: fut.set_result(42))
    t.start()
    print(await fut)
    t.join()

asyncio.run(main())
