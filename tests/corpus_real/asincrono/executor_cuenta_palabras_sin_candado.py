# esperado: carrera
# Cuenta de palabras con run_in_executor y `cuenta[p] = cuenta.get(p, 0) + 1`
# sin candado: entre el get y la escritura otro hilo suma la misma palabra.
import asyncio
from concurrent.futures import ThreadPoolExecutor

textos = ["a b c a", "b c d", "a a d e", "c e e"] * 5
cuenta = {}

def contar(texto):
    for palabra in texto.split():
        cuenta[palabra] = cuenta.get(palabra, 0) + 1

async def main():
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=4) as ex:
        await asyncio.gather(*(loop.run_in_executor(ex, contar, t) for t in textos))
    print(cuenta)

asyncio.run(main())
