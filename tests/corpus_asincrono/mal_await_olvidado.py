# esperado: incompleto
import asyncio


async def guardar(registro, dato):
    await asyncio.sleep(1)
    registro.append(dato)


async def main():
    registro = []
    for dato in ("a", "b"):
        guardar(registro, dato)
    await asyncio.sleep(2)
    print("guardados:", registro)


asyncio.run(main())
