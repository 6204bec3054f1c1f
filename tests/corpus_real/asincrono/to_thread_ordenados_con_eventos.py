# esperado: aprobado
# Dos hilos de to_thread leen y escriben el mismo global, pero ordenados con dos
# threading.Event: el segundo escribe entre la lectura y la escritura del primero
# porque así lo quiere el programa. Correcto.
import asyncio, threading

valor = 0
leido = threading.Event()
escrito = threading.Event()

def primero():
    global valor
    v = valor
    leido.set()
    escrito.wait()
    valor = v + valor + 1

def segundo():
    global valor
    leido.wait()
    valor = 10
    escrito.set()

async def main():
    await asyncio.gather(asyncio.to_thread(primero), asyncio.to_thread(segundo))
    assert valor == 11, valor

asyncio.run(main())
