# esperado: interbloqueo
# Dos hilos toman dos threading.Lock en orden contrario (con un sleep en medio);
# el módulo los espera con join() al final: se quedan esperándose.
import asyncio, threading, time

a, b = threading.Lock(), threading.Lock()

def uno():
    with a:
        time.sleep(0.1)
        with b:
            pass

def dos():
    with b:
        time.sleep(0.1)
        with a:
            pass

async def main():
    await asyncio.sleep(0)

h1, h2 = threading.Thread(target=uno), threading.Thread(target=dos)
h1.start(); h2.start()
asyncio.run(main())
h1.join(); h2.join()
