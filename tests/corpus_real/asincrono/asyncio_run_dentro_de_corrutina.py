# esperado: excepcion
# Llamar a asyncio.run() desde una corrutina que ya corre en un bucle (para
# «ejecutar la otra función async»): RuntimeError («asyncio.run() cannot be
# called from a running event loop»), en todas las ejecuciones. Debía ser
# `await descargar()`.
import asyncio


async def descargar():
    await asyncio.sleep(0.01)
    return "datos"


async def main():
    datos = asyncio.run(descargar())
    print(datos)


asyncio.run(main())
