# esperado: carrera
# El consumidor da por hecho que el productor ya llenó la cola cuando él
# empieza: los dos «conectan» 50 ms (el productor se creó antes, así que en
# una ejecución sin retrasos despierta primero) y el consumidor sale con
# `while not cola.empty()`. Pero los sleep representan latencias: si la
# conexión del productor tarda un poco más que la del consumidor, este ve la
# cola vacía, termina sin procesar nada y el assert falla. Es una carrera de
# tiempos entre dos tareas que despiertan casi a la vez.
import asyncio

procesados = []


async def productor(cola):
    await asyncio.sleep(0.05)
    for i in range(4):
        cola.put_nowait(i)


async def consumidor(cola):
    await asyncio.sleep(0.05)
    while not cola.empty():
        procesados.append(cola.get_nowait())


async def main():
    cola = asyncio.Queue()
    await asyncio.gather(productor(cola), consumidor(cola))
    assert procesados == [0, 1, 2, 3], procesados
    print(procesados)


asyncio.run(main())
