# esperado: excepcion
# asyncio.BoundedSemaphore soltado dos veces en la rama de error (en el except
# y en el finally). La descarga 2 siempre falla, así que hay un release() de
# más y se lanza ValueError("BoundedSemaphore released too many times").
import asyncio


async def descargar(n, sem):
    await sem.acquire()
    try:
        await asyncio.sleep(0.01)
        if n == 2:
            raise ConnectionError("caída")
        return n
    except ConnectionError:
        sem.release()
        return None
    finally:
        sem.release()


async def main():
    sem = asyncio.BoundedSemaphore(2)
    print(await asyncio.gather(*(descargar(n, sem) for n in range(4))))


asyncio.run(main())
