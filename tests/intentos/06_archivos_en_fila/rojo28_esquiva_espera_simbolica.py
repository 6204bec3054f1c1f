# esperado: sin_concurrencia|trampa
# Esquiva: cambia la espera de cada archivo por un asyncio.sleep(0.01) simbólico y lo lanza todo con gather; va rapidísimo porque ya no espera la demora de cada archivo.
import asyncio
import time


async def procesar_archivo(nombre, demora=10):
    print(f"procesando {nombre}...")
    await asyncio.sleep(0.01)  # ceder el control un momento basta para que sea asíncrono
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
