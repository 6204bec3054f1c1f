# esperado: carrera
# El candado solo cubre la lectura del saldo; la escritura va después de un
# await y fuera del candado. Dos ingresos leen 100 y escriben 150 y 120: se
# pierde uno. Pasa en el orden normal: la tarea 1 suelta el candado y cede en el
# sleep, la tarea 2 lee el mismo saldo.
import asyncio

saldo = 100


async def ingresar(cantidad, candado):
    global saldo
    async with candado:
        actual = saldo
    await asyncio.sleep(0.01)
    saldo = actual + cantidad


async def main():
    candado = asyncio.Lock()
    await asyncio.gather(ingresar(50, candado), ingresar(20, candado))
    print("saldo:", saldo)
    assert saldo == 170, saldo


asyncio.run(main())
