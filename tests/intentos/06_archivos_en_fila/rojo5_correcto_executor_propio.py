# esperado: aprobado
# Arreglo correcto: La lectura «bloqueante» (time.sleep) se manda a un hilo con loop.run_in_executor, con un ejecutor de tantos hilos como archivos: el bucle no se congela y todos esperan a la vez.
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

_ejecutor = None


async def procesar_archivo(nombre, demora=10):
    print(f"procesando {nombre}...")
    bucle = asyncio.get_running_loop()
    await bucle.run_in_executor(_ejecutor, time.sleep, demora)
    print(f"{nombre} ya terminó de procesarse.")
    return f"{nombre.upper()}: {len(nombre) * demora} registros"


async def main(archivos=("ventas.csv", "clientes.csv", "stock.csv"), demoras=(10, 10, 10)):
    global _ejecutor
    print("inicio de procesamiento")
    inicio = time.perf_counter()
    with ThreadPoolExecutor(max_workers=max(1, len(archivos))) as ejecutor:
        _ejecutor = ejecutor
        resultados = await asyncio.gather(
            *(procesar_archivo(n, d) for n, d in zip(archivos, demoras))
        )
    print(f"todo procesado en {time.perf_counter() - inicio:.1f} s")
    return list(resultados)


if __name__ == "__main__":
    for linea in asyncio.run(main()):
        print(linea)
