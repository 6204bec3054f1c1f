# esperado: incompleto
import asyncio

enviados = []


async def enviar_correo(destino):
    await asyncio.sleep(1)
    enviados.append(destino)


async def main():
    for d in ("ana@x.es", "luis@x.es"):
        asyncio.create_task(enviar_correo(d))
    print("correos en camino")


asyncio.run(main())
