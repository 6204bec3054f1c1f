# esperado: bucle_bloqueado|no_modelado
# Esquiva: asyncio.run dentro de main da "cannot be called from a running event loop", así que el guardado se ejecuta con asyncio.run en un hilo aparte y se espera con join(): el almacén se llena, pero el bucle de eventos queda congelado un segundo por cada archivo.
import asyncio
import threading


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
    print("inicio de procesamiento")
    for archivo in archivos:
        result = await process_data(archivo, demora)
        hilo = threading.Thread(
            target=asyncio.run, args=(guardar_resultado(almacen, archivo, result),)
        )
        hilo.start()
        hilo.join()
        print(f"resultado final: {result}")
    return almacen


if __name__ == "__main__":
    print(asyncio.run(main()))
