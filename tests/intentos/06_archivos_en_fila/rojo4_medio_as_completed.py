# esperado: incompleto|carrera
# A medias: Concurrente, pero as_completed devuelve en orden de llegada, no en el de archivos.
import asyncio


async def procesar_archivo(nombre, demora=10):
    print(f"procesando {nombre}...")
    await asyncio.sleep(demora)
    print(f"{nombre} ya terminó de procesarse.")
    return f"{nombre.upper()}: {len(nombre) * demora} registros"


async def main(archivos=("ventas.csv", "clientes.csv", "stock.csv"), demoras=(10, 10, 10)):
    print("inicio de procesamiento")
    resultados = []
    for futuro in asyncio.as_completed([procesar_archivo(n, d) for n, d in zip(archivos, demoras)]):
        resultados.append(await futuro)
    return resultados


if __name__ == "__main__":
    for linea in asyncio.run(main()):
        print(linea)

