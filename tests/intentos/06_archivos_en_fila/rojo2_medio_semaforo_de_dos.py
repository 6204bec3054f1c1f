# esperado: sin_concurrencia
# Media reparación: una tarea por archivo, pero un Semaphore(2) deja solo dos a la vez:
# con tres archivos o más tarda más que el más lento (con 4 de 10 s: 20 s).
import asyncio
import time


limite = None


async def procesar_archivo(nombre, demora=10):
    async with limite:
        return await _procesar(nombre, demora)


async def _procesar(nombre, demora=10):
    print(f"procesando {nombre}...")
    await asyncio.sleep(demora)
    print(f"{nombre} ya terminó de procesarse.")
    return f"{nombre.upper()}: {len(nombre) * demora} registros"


async def main(archivos=("ventas.csv", "clientes.csv", "stock.csv"), demoras=(10, 10, 10)):
    global limite
    limite = asyncio.Semaphore(2)  # "para no saturar el disco"
    print("inicio de procesamiento")
    inicio = time.perf_counter()
    resultados = await asyncio.gather(*(procesar_archivo(n, d) for n, d in zip(archivos, demoras)))
    print(f"todo procesado en {time.perf_counter() - inicio:.1f} s")
    return list(resultados)


if __name__ == "__main__":
    for linea in asyncio.run(main()):
        print(linea)
