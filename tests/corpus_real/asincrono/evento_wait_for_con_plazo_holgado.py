# esperado: aprobado
# `await asyncio.wait_for(evento.wait(), timeout=1)`: la tarea que prepara la
# configuración tarda 10 ms y luego pone el evento; el plazo de 1 s es muy
# holgado (la latencia que se explora es de unos pocos ms), así que nunca
# vence.
import asyncio

config = {}


async def cargar(evento):
    await asyncio.sleep(0.01)
    config["puerto"] = 8080
    evento.set()


async def servidor(evento):
    await asyncio.wait_for(evento.wait(), timeout=1)
    return config["puerto"]


async def main():
    evento = asyncio.Event()
    _, puerto = await asyncio.gather(cargar(evento), servidor(evento))
    assert puerto == 8080
    print("escuchando en", puerto)


asyncio.run(main())
