# esperado: aprobado
# Reparación: cada archivo recorre su tubería (procesar y guardar) en una
# corrutina propia, y todas se lanzan a la vez con gather.
import asyncio


async def process_data(data, demora=10):
    print(f"procesando {data}...")
    await asyncio.sleep(demora)
    print(f"{data} ya terminó de procesarse.")
    return data * 2


async def guardar_resultado(almacen, data, resultado):
    await asyncio.sleep(1)  # la base de datos tarda un segundo en confirmar
    almacen[data] = resultado


async def _uno(almacen, archivo, demora):
    result = await process_data(archivo, demora)
    await guardar_resultado(almacen, archivo, result)
    print(f"resultado final: {result}")


async def main(archivos=("archivo.txt",), demora=10, almacen=None):
    if almacen is None:
        almacen = {}
    print("inicio de procesamiento")
    await asyncio.gather(*(_uno(almacen, archivo, demora) for archivo in archivos))
    return almacen


if __name__ == "__main__":
    print(asyncio.run(main()))
