# esperado: carrera
# Un hilo normal despierta a main con `ev.set()` de un asyncio.Event: asyncio no es
# seguro entre hilos (el bucle puede no enterarse y dormir para siempre); lo correcto
# es `loop.call_soon_threadsafe(ev.set)`.
import asyncio, threading, time

def trabajo(ev):
    time.sleep(0.1)
    ev.set()   # no es seguro entre hilos

async def main():
    ev = asyncio.Event()
    h = threading.Thread(target=trabajo, args=(ev,))
    h.start()
    await ev.wait()
    print("listo")
    h.join()

asyncio.run(main())
