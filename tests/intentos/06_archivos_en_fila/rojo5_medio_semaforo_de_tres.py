# esperado: sin_concurrencia
# A medias: Gather con un asyncio.Semaphore(3) «para no saturar el disco». Con más de tres archivos, el cuarto espera a que termine uno de los tres primeros.
import asyncio
import time

_disco = None


async def procesar_archivo(nombre, demora=10):
    async with _disco:
        print(f"procesando {nombre}...")
        await asyncio.sleep(demora)
        print(f"{nombre} ya terminó de procesarse.")
    return f"{nombre.upper()}: {len(nombre) * demora} registros"


async def main(archivos=("ventas.csv", "clientes.csv", "stock.csv"), demoras=(10, 10, 10)):
    global _disco
    _disco = asyncio.Semaphore(3)
    print("inicio de procesamiento")
    inicio = time.perf_counter()
    resultados = await asyncio.gather(*(procesar_archivo(n, d) for n, d in zip(archivos, demoras)))
    print(f"todo procesado en {time.perf_counter() - inicio:.1f} s")
    return list(resultados)


if __name__ == "__main__":
    for linea in asyncio.run(main()):
        print(linea)
