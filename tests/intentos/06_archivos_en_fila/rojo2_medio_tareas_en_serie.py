# esperado: sin_concurrencia
# Media reparación: time.sleep cambiado por asyncio.sleep, pero los archivos se siguen
# esperando uno detrás de otro: tarda la suma de las demoras.
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
    for nombre, demora in zip(archivos, demoras):
        resultados.append(await asyncio.create_task(procesar_archivo(nombre, demora)))
    print(f"todo procesado en {time.perf_counter() - inicio:.1f} s")
    return resultados


if __name__ == "__main__":
    for linea in asyncio.run(main()):
        print(linea)
