# esperado: aprobado
# Arreglo correcto: una tarea guardadora consume una asyncio.Queue con un centinela al final.
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
    cola = asyncio.Queue()

    async def guardador():
        while True:
            elemento = await cola.get()
            if elemento is None:
                return
            await guardar_resultado(almacen, *elemento)

    tarea = asyncio.create_task(guardador())
    for archivo in archivos:
        await cola.put((archivo, await process_data(archivo, demora)))
    await cola.put(None)
    await tarea
    return almacen


if __name__ == "__main__":
    print(asyncio.run(main()))
