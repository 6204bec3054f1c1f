# esperado: sin_concurrencia
# Medio arreglo: cambia time.sleep por asyncio.sleep pero sigue esperando cada archivo antes de empezar el siguiente: tarda la suma.
import asyncio
import time


async def procesar_archivo(nombre, demora=10):
    print(f"procesando {nombre}...")
    await asyncio.sleep(demora)
    print(f"{nombre} ya terminó de procesarse.")
    return f"{nombre.upper()}: {len(nombre) * demora} registros"


async def main(archivos=("ventas.csv", "clientes.csv", "stock.csv"), demoras=(10, 10, 10)):
    resultados = []
    for nombre, demora in zip(archivos, demoras):
        resultados.append(await procesar_archivo(nombre, demora))
    return resultados


if __name__ == "__main__":
    for linea in asyncio.run(main()):
        print(linea)
