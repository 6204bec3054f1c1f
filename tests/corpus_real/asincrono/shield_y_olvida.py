# esperado: incompleto
# asyncio.shield protege el guardado del plazo de wait_for, pero nadie lo
# espera después: main termina y asyncio.run cancela el guardado a medias.
import asyncio

guardado = []


async def guardar():
    await asyncio.sleep(0.3)
    guardado.append("ok")


async def main():
    try:
        await asyncio.wait_for(asyncio.shield(guardar()), timeout=0.1)
    except asyncio.TimeoutError:
        print("tarda: sigue en segundo plano")
    print("fin, guardado:", guardado)


asyncio.run(main())
