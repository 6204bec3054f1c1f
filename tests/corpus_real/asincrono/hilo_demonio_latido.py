# esperado: aprobado
# Un hilo demonio late para siempre; el programa acaba sin esperarlo (es lo que
# hace un demonio) y nadie lee su contador: correcto.
import asyncio, threading, time

latidos = 0

def latido():
    global latidos
    while True:
        time.sleep(0.5)
        latidos += 1

async def main():
    threading.Thread(target=latido, daemon=True).start()
    await asyncio.sleep(2)
    print("fin")

asyncio.run(main())
