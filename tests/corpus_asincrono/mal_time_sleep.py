# esperado: bucle_bloqueado
import asyncio
import time


async def descargar(url):
    print("descargando", url)
    time.sleep(2)
    return len(url)


async def main():
    tamanos = await asyncio.gather(*(descargar(u) for u in ("a.com", "bb.com", "ccc.com")))
    print(tamanos)


asyncio.run(main())
