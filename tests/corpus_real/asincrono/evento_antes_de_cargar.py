# esperado: excepcion
# El cargador avisa con el Event ANTES de terminar de cargar (set() y luego
# sigue leyendo de «disco»): los trabajadores despiertan y leen una
# configuración a medias (KeyError).
import asyncio

config = {}


async def cargar(listo):
    config["servidor"] = "db.local"
    listo.set()
    await asyncio.sleep(0.05)
    config["puerto"] = 5432


async def trabajador(n, listo):
    await listo.wait()
    return f"{n} -> {config['servidor']}:{config['puerto']}"


async def main():
    listo = asyncio.Event()
    resultados = await asyncio.gather(cargar(listo), *(trabajador(i, listo) for i in range(3)))
    print(resultados[1:])


asyncio.run(main())
