# esperado: carrera
# El consumidor da por hecho que el productor ya llenó la cola cuando él
# empieza (conecta 10 ms, el consumidor espera 20 ms) y sale con
# `while not cola.empty()`. En una ejecución normal funciona; pero los sleep
# representan latencias: si la «conexión» del productor tarda más que la
# espera del consumidor, este ve la cola vacía, termina sin procesar nada y el
# assert falla. Es una carrera de tiempos entre dos tareas.
import asyncio

procesados = []


async def productor(cola):
    await asyncio.sleep(0.01)
    for i in range(4):
        cola.put_nowait(i)


async def consumidor(cola):
    await asyncio.sleep(0.02)
    while not cola.empty():
        procesados.append(cola.get_nowait())


async def main():
    cola = asyncio.Queue()
    await asyncio.gather(productor(cola), consumidor(cola))
    assert procesados == [0, 1, 2, 3], procesados
    print(procesados)


asyncio.run(main())
