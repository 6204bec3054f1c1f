# esperado: sin_concurrencia
# A medias: Run_in_executor con un ejecutor de solo 2 hilos. Con más de dos archivos, el tercero espera a que quede un hilo libre: tarda la suma por parejas, no el máximo.
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

_ejecutor = ThreadPoolExecutor(max_workers=2)


async def procesar_archivo(nombre, demora=10):
    print(f"procesando {nombre}...")
    bucle = asyncio.get_running_loop()
    await bucle.run_in_executor(_ejecutor, time.sleep, demora)
    print(f"{nombre} ya terminó de procesarse.")
    return f"{nombre.upper()}: {len(nombre) * demora} registros"


async def main(archivos=("ventas.csv", "clientes.csv", "stock.csv"), demoras=(10, 10, 10)):
    print("inicio de procesamiento")
    inicio = time.perf_counter()
    resultados = await asyncio.gather(*(procesar_archivo(n, d) for n, d in zip(archivos, demoras)))
    print(f"todo procesado en {time.perf_counter() - inicio:.1f} s")
    return list(resultados)


if __name__ == "__main__":
    for linea in asyncio.run(main()):
        print(linea)
