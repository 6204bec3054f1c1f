# esperado: aprobado
# Arreglo correcto: Un guardador consume de una asyncio.Queue; main espera con queue.join() y luego lo cancela.
import asyncio


async def process_data(data, demora=10):
    print(f"procesando {data}...")
    await asyncio.sleep(demora)
    print(f"{data} ya terminó de procesarse.")
    return data * 2


async def guardar_resultado(almacen, data, resultado):
    await asyncio.sleep(1)  # la base de datos tarda un segundo en confirmar
    almacen[data] = resultado


async def guardador(almacen, cola):
    while True:
        archivo, result = await cola.get()
        try:
            await guardar_resultado(almacen, archivo, result)
        finally:
            cola.task_done()


async def main(archivos=("archivo.txt",), demora=10, almacen=None):
    if almacen is None:
        almacen = {}
    print("inicio de procesamiento")
    cola = asyncio.Queue()
    tarea = asyncio.create_task(guardador(almacen, cola))
    for archivo in archivos:
        result = await process_data(archivo, demora)
        await cola.put((archivo, result))
        print(f"resultado final: {result}")
    await cola.join()
    tarea.cancel()
    try:
        await tarea
    except asyncio.CancelledError:
        pass
    return almacen


if __name__ == "__main__":
    print(asyncio.run(main()))

