# esperado: aprobado
# La misma cuenta con un threading.Lock alrededor: correcto.
import asyncio, threading
from concurrent.futures import ThreadPoolExecutor

textos = ["a b c a", "b c d", "a a d e", "c e e"] * 5
cuenta = {}
lock = threading.Lock()

def contar(texto):
    for palabra in texto.split():
        with lock:
            cuenta[palabra] = cuenta.get(palabra, 0) + 1

async def main():
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=4) as ex:
        await asyncio.gather(*(loop.run_in_executor(ex, contar, t) for t in textos))
    print(cuenta)

asyncio.run(main())
