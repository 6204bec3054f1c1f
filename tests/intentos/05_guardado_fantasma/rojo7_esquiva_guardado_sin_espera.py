# esperado: incompleto|sin_concurrencia
# Esquiva: se quita la espera de la base de datos (sleep(0)) para que el guardado
# «no pueda quedarse a medias»; el caso exige que las esperas sigan ahí.
import asyncio


async def process_data(data, demora=10):
    print(f"procesando {data}...")
    await asyncio.sleep(demora)
    print(f"{data} ya terminó de procesarse.")
    return data * 2


async def guardar_resultado(almacen, data, resultado):
    await asyncio.sleep(0)
    almacen[data] = resultado


async def main(archivos=("archivo.txt",), demora=10, almacen=None):
    if almacen is None:
        almacen = {}
    print("inicio de procesamiento")
    for archivo in archivos:
        result = await process_data(archivo, demora)
        asyncio.ensure_future(guardar_resultado(almacen, archivo, result))
        print(f"resultado final: {result}")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    return almacen


if __name__ == "__main__":
    print(asyncio.run(main()))
