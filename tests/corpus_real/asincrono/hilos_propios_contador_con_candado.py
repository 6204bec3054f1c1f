# esperado: aprobado
# Lo mismo con un threading.Lock alrededor de cada suma: correcto.
import asyncio, threading

total = 0
lock = threading.Lock()

def sumar():
    global total
    for _ in range(1000):
        with lock:
            total += 1

async def main():
    hilos = [threading.Thread(target=sumar) for _ in range(3)]
    for h in hilos:
        h.start()
    await asyncio.sleep(1)
    for h in hilos:
        h.join()
    assert total == 3000

asyncio.run(main())
