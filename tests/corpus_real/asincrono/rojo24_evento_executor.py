# esperado: aprobado
# Correcto: run_in_executor con Event.wait con plazo; el hilo trabajador lo pone
import asyncio, threading, time

ev = threading.Event()

def trabajador():
    time.sleep(0.2)
    ev.set()

async def main():
    loop = asyncio.get_running_loop()
    threading.Thread(target=trabajador).start()
    latidos = 0
    fut = loop.run_in_executor(None, ev.wait, 3)
    while not fut.done():
        latidos += 1
        await asyncio.sleep(0.05)
    assert fut.result() is True
    print("latidos", latidos)

asyncio.run(main())
