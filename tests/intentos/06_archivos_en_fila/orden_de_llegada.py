# esperado: carrera
# Medio arreglo: concurrente, pero devuelve en el orden en que terminan (as_completed): el primer archivo tarda más que el último.
import asyncio
import time


async def procesar_archivo(nombre, demora=10):
    print(f"procesando {nombre}...")
    await asyncio.sleep(demora)
    print(f"{nombre} ya terminó de procesarse.")
    return f"{nombre.upper()}: {len(nombre) * demora} registros"


async def main(archivos=("ventas.csv", "clientes.csv", "stock.csv"), demoras=(10, 10, 10)):
    resultados = []
    for futuro in asyncio.as_completed([procesar_archivo(n, d) for n, d in zip(archivos, demoras)]):
        resultados.append(await futuro)
    return resultados


if __name__ == "__main__":
    for linea in asyncio.run(main()):
        print(linea)
