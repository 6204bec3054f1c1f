# esperado: aprobado
# Un threading.Timer avisa al bucle con `loop.call_soon_threadsafe(ev.set)`: la
# forma segura. Correcto.
import asyncio, threading

async def main():
    loop = asyncio.get_running_loop()
    ev = asyncio.Event()
    t = threading.Timer(0.2, loop.call_soon_threadsafe, args=(ev.set,))
    t.start()
    await ev.wait()
    print("aviso recibido")

asyncio.run(main())
