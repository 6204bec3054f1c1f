# esperado: incompleto
# Esquiva: quita el segundo de espera de guardar_resultado para que nunca quede a medias.
import asyncio


async def process_data(data, demora=10):
    print(f"procesando {data}...")
    await asyncio.sleep(demora)
    print(f"{data} ya terminó de procesarse.")
    return data * 2


async def guardar_resultado(almacen, data, resultado):
    almacen[data] = resultado


async def main(archivos=("archivo.txt",), demora=10, almacen=None):
    if almacen is None:
        almacen = {}
    for archivo in archivos:
        result = await process_data(archivo, demora)
        asyncio.create_task(guardar_resultado(almacen, archivo, result))
        await asyncio.sleep(0)
    await asyncio.sleep(1)
    return almacen


if __name__ == "__main__":
    print(asyncio.run(main()))
