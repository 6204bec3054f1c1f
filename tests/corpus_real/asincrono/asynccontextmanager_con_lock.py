# esperado: aprobado
# Un gestor de contexto asíncrono hecho con contextlib.asynccontextmanager que
# toma un asyncio.Lock y abre/cierra una «conexión»: la lectura, el await y la
# escritura del saldo quedan dentro del candado.
import asyncio
import contextlib

candado = asyncio.Lock()
saldo = 100
abiertas = 0


@contextlib.asynccontextmanager
async def conexion():
    global abiertas
    async with candado:
        abiertas += 1
        try:
            yield
        finally:
            abiertas -= 1


async def retirar(cantidad):
    global saldo
    async with conexion():
        assert abiertas == 1
        actual = saldo
        await asyncio.sleep(0.01)
        saldo = actual - cantidad


async def main():
    await asyncio.gather(*(retirar(c) for c in (10, 20, 30)))
    print("saldo:", saldo)
    assert saldo == 40


asyncio.run(main())
