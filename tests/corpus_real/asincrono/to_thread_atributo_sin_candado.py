# esperado: carrera
# Tres hilos de to_thread suman en `self.saldo` sin candado: un hilo lee el
# saldo, otro lo cambia y el primero escribe encima (nadie lo comprueba).
import asyncio

class Cuenta:
    def __init__(self):
        self.saldo = 0

    def depositar(self, n):
        for _ in range(n):
            self.saldo += 1

async def main():
    c = Cuenta()
    await asyncio.gather(*(asyncio.to_thread(c.depositar, 200) for _ in range(3)))
    print(c.saldo)

asyncio.run(main())
