# esperado: bucle_bloqueado
# A medias: el evento lo pone un hilo enseguida, pero la corrutina bloquea el bucle mientras tanto con wait(2)
import asyncio, threading, time

ev = threading.Event()

def hilo():
    time.sleep(0.5)
    ev.set()

async def latido(n):
    for _ in range(n):
        await asyncio.sleep(0.1)

async def espera():
    threading.Thread(target=hilo).start()
    ev.wait(2)

async def main():
    await asyncio.gather(latido(5), espera())

asyncio.run(main())
