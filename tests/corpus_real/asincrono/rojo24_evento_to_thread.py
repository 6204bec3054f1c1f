# esperado: aprobado
# Correcto: la espera bloqueante va a un hilo con asyncio.to_thread; otro hilo pone el evento
import asyncio, threading

listo = threading.Event()

def productor():
    listo.set()

async def latido(n):
    for _ in range(n):
        await asyncio.sleep(0.1)

async def espera():
    threading.Thread(target=productor).start()
    ok = await asyncio.to_thread(listo.wait, 2)
    return ok

async def main():
    r = await asyncio.gather(latido(3), espera())
    assert r[1] is True
    print(r)

asyncio.run(main())
