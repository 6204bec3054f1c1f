# esperado: carrera
# Tres threading.Thread suman en un global sin candado mientras main duerme con
# asyncio.sleep: un hilo puede perder la CPU entre leer y escribir `total`.
import asyncio, threading

total = 0

def sumar():
    global total
    for _ in range(1000):
        total += 1

async def main():
    hilos = [threading.Thread(target=sumar) for _ in range(3)]
    for h in hilos:
        h.start()
    await asyncio.sleep(1)
    for h in hilos:
        h.join()
    print(total)

asyncio.run(main())
