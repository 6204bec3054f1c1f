# esperado: sin_concurrencia
# Media reparación: manda el time.sleep a hilos con asyncio.to_thread (el bucle ya no se congela) y lanza todo con gather, pero limita el ejecutor por defecto a 3 hilos "para no abrir demasiados": con más de 3 archivos, los que sobran esperan hilo libre y el total pasa a ser la suma por tandas, no el más lento.
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor


async def procesar_archivo(nombre, demora=10):
    print(f"procesando {nombre}...")
    await asyncio.to_thread(time.sleep, demora)  # leer y transformar el archivo
    print(f"{nombre} ya terminó de procesarse.")
    return f"{nombre.upper()}: {len(nombre) * demora} registros"


async def main(archivos=("ventas.csv", "clientes.csv", "stock.csv"), demoras=(10, 10, 10)):
    print("inicio de procesamiento")
    asyncio.get_running_loop().set_default_executor(ThreadPoolExecutor(max_workers=3))
    inicio = time.perf_counter()
    resultados = await asyncio.gather(
        *(procesar_archivo(nombre, demora) for nombre, demora in zip(archivos, demoras))
    )
    print(f"todo procesado en {time.perf_counter() - inicio:.1f} s")
    return list(resultados)


if __name__ == "__main__":
    for linea in asyncio.run(main()):
        print(linea)
