# esperado: carrera
# retirar() lee el saldo, duerme (E/S simulada) y escribe: dos retiradas a la
# vez pierden una (la segunda escribe a partir del saldo viejo).
import asyncio, time

saldo = 100

def retirar(cantidad):
    global saldo
    actual = saldo
    time.sleep(0.01)
    saldo = actual - cantidad

async def main():
    await asyncio.gather(asyncio.to_thread(retirar, 30), asyncio.to_thread(retirar, 50))
    print(saldo)

asyncio.run(main())
