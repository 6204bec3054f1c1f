# esperado: carrera
# A medias: As_completed da los resultados por orden de llegada, no por el de archivos. Con demoras distintas (el primero más lento que el segundo) la lista sale desordenada.
import asyncio
import time


async def procesar_archivo(nombre, demora=10):
    print(f"procesando {nombre}...")
    await asyncio.sleep(demora)
    print(f"{nombre} ya terminó de procesarse.")
    return f"{nombre.upper()}: {len(nombre) * demora} registros"


async def main(archivos=("ventas.csv", "clientes.csv", "stock.csv"), demoras=(10, 10, 10)):
    print("inicio de procesamiento")
    inicio = time.perf_counter()
    resultados = []
    for futuro in asyncio.as_completed([procesar_archivo(n, d) for n, d in zip(archivos, demoras)]):
        resultados.append(await futuro)
    print(f"todo procesado en {time.perf_counter() - inicio:.1f} s")
    return resultados


if __name__ == "__main__":
    for linea in asyncio.run(main()):
        print(linea)
