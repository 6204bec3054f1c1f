# esperado: incompleto
# A medias: espera las tareas con asyncio.wait(timeout=2) y devuelve aunque sigan pendientes; con la base de datos más lenta de lo normal se pierden guardados.
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
    pendientes = set()
    for archivo in archivos:
        result = await process_data(archivo, demora)
        pendientes.add(asyncio.create_task(guardar_resultado(almacen, archivo, result)))
    await asyncio.wait(pendientes, timeout=2)
    return almacen


if __name__ == "__main__":
    print(asyncio.run(main()))
