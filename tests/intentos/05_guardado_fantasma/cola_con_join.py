# esperado: aprobado
# Arreglo correcto: dos guardadores consumen una asyncio.Queue; main espera con cola.join() a que cada elemento tenga su task_done.
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
            archivo, result = await cola.get()
            try:
                await guardar_resultado(almacen, archivo, result)
            finally:
                cola.task_done()

    trabajadores = [asyncio.create_task(guardador()) for _ in range(2)]
    for archivo in archivos:
        result = await process_data(archivo, demora)
        await cola.put((archivo, result))
    await cola.join()
    for t in trabajadores:
        t.cancel()
    await asyncio.gather(*trabajadores, return_exceptions=True)
    return almacen


if __name__ == "__main__":
    print(asyncio.run(main()))
