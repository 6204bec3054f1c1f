# esperado: aprobado
# Un Event avisa de que la configuración está cargada; los trabajadores la
# esperan y solo entonces la leen.
import asyncio

config = {}


async def cargar(listo):
    await asyncio.sleep(0.1)
    config["servidor"] = "db.local"
    config["puerto"] = 5432
    listo.set()


async def trabajador(n, listo):
    await listo.wait()
    return f"{n} -> {config['servidor']}:{config['puerto']}"


async def main():
    listo = asyncio.Event()
    resultados = await asyncio.gather(cargar(listo), *(trabajador(i, listo) for i in range(3)))
    print(resultados[1:])


asyncio.run(main())
