# esperado: carrera
# Cuatro hilos de to_thread suman en un global sin candado y el programa solo
# imprime el total: la carrera está aunque nada la compruebe.
import asyncio

contador = 0

def sumar(n):
    global contador
    for _ in range(n):
        contador += 1

async def main():
    await asyncio.gather(*(asyncio.to_thread(sumar, 1000) for _ in range(4)))
    print(contador)

asyncio.run(main())
