# esperado: incompleto
# A medias: espera el primer guardado y el último, suponiendo que los de en medio acaban entre ambos; si uno de en medio tarda más (latencia variable), main devuelve sin él.
import asyncio


async def process_data(data, demora=10):
    print(f"procesando {data}...")
    await asyncio.sleep(demora)
    print(f"{data} ya terminó de procesarse.")
    return data * 2


async def guardar_resultado(almacen, data, resultado):
    await asyncio.sleep(1)  # la base de datos tarda un segundo en confirmar
    almacen[data] = resultado
async def main(archivos=("archivo.txt",), demora=10, almacen=None):
    if almacen is None:
        almacen = {}
    tareas = []
    for archivo in archivos:
        result = await process_data(archivo, demora)
        tareas.append(asyncio.create_task(guardar_resultado(almacen, archivo, result)))
    await tareas[0]
    await tareas[-1]
    return almacen


if __name__ == "__main__":
    print(asyncio.run(main()))
