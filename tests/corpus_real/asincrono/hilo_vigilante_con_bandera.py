# esperado: aprobado
# Un hilo vigila hasta que main pone la bandera a True y lo espera con
# `await asyncio.to_thread(t.join)` (no bloquea el bucle). Correcto: una
# bandera booleana que solo escribe main.
import asyncio, threading, time

detener = False
vueltas = 0

def vigilante():
    global vueltas
    while not detener:
        vueltas += 1
        time.sleep(0.1)

async def main():
    global detener
    t = threading.Thread(target=vigilante)
    t.start()
    await asyncio.sleep(1)
    detener = True
    await asyncio.to_thread(t.join)
    print("vueltas", vueltas)

asyncio.run(main())
