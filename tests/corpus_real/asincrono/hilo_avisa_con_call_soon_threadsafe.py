# esperado: aprobado
# El patrón de la documentación: el hilo hace su trabajo bloqueante y avisa al
# bucle con `loop.call_soon_threadsafe(ev.set)`. Correcto.
import asyncio, threading, time

def trabajo(loop, ev, datos):
    time.sleep(0.1)
    datos.append(42)
    loop.call_soon_threadsafe(ev.set)

async def main():
    ev = asyncio.Event()
    datos = []
    loop = asyncio.get_running_loop()
    h = threading.Thread(target=trabajo, args=(loop, ev, datos))
    h.start()
    await ev.wait()
    print("dato:", datos[0])
    h.join()

asyncio.run(main())
