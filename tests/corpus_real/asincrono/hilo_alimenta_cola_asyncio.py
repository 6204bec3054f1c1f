# esperado: aprobado
# Un hilo normal (un lector de sensores con API bloqueante) pasa datos a una
# asyncio.Queue con `loop.call_soon_threadsafe(cola.put_nowait, dato)`, la
# forma segura de tocar el bucle desde otro hilo; una tarea los consume hasta
# el centinela None.
import asyncio
import threading
import time


def sensor(loop, cola):
    for i in range(5):
        time.sleep(0.01)
        loop.call_soon_threadsafe(cola.put_nowait, i)
    loop.call_soon_threadsafe(cola.put_nowait, None)


async def main():
    cola = asyncio.Queue()
    hilo = threading.Thread(target=sensor, args=(asyncio.get_running_loop(), cola))
    hilo.start()
    recibidos = []
    while (dato := await cola.get()) is not None:
        recibidos.append(dato)
    hilo.join()
    print(recibidos)
    assert recibidos == [0, 1, 2, 3, 4]


asyncio.run(main())
