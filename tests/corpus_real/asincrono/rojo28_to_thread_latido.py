# esperado: aprobado
# Las lecturas bloqueantes van a hilos con to_thread y run_in_executor: el bucle sigue libre para el latido.
import asyncio
import time


def leer_sensor(nombre):
    time.sleep(0.1)  # driver bloqueante
    return f"{nombre}=21.5"


def leer_fichero_config():
    time.sleep(0.05)
    return {"unidades": "celsius"}


async def latido(marcas):
    while True:
        marcas.append(time.monotonic())
        await asyncio.sleep(0.02)


async def main():
    marcas = []
    tarea_latido = asyncio.create_task(latido(marcas))
    bucle = asyncio.get_running_loop()
    config, *lecturas = await asyncio.gather(
        bucle.run_in_executor(None, leer_fichero_config),
        asyncio.to_thread(leer_sensor, "salon"),
        asyncio.to_thread(leer_sensor, "cocina"),
    )
    tarea_latido.cancel()
    try:
        await tarea_latido
    except asyncio.CancelledError:
        pass
    print("Config:", config)
    print("Lecturas:", lecturas)
    assert len(marcas) >= 2, "el latido no avanzó mientras se leía"


asyncio.run(main())
