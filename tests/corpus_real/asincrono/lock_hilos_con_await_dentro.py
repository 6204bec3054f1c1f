# esperado: interbloqueo
# Un threading.Lock (no asyncio.Lock) protege una sección con un `await`
# dentro. La primera tarea toma el candado y cede en el sleep; la segunda
# llega a `with candado:` y bloquea el hilo del bucle entero: la primera ya no
# puede volver para soltarlo. El programa se queda colgado en cada ejecución.
import asyncio
import threading

candado = threading.Lock()
saldo = 100


async def retirar(cantidad):
    global saldo
    with candado:
        actual = saldo
        await asyncio.sleep(0.01)
        saldo = actual - cantidad


async def main():
    await asyncio.gather(retirar(10), retirar(20))
    print("saldo:", saldo)


asyncio.run(main())
