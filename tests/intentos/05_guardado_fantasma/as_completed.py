# esperado: aprobado
# Arreglo correcto: procesa todos los archivos a la vez y guarda cada resultado según llega con as_completed, esperando cada guardado.
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

    async def procesar(archivo):
        return archivo, await process_data(archivo, demora)

    for siguiente in asyncio.as_completed([procesar(a) for a in archivos]):
        archivo, result = await siguiente
        await guardar_resultado(almacen, archivo, result)
    return almacen


if __name__ == "__main__":
    print(asyncio.run(main()))
