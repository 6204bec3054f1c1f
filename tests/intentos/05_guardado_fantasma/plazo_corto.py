# esperado: incompleto
# Medio arreglo: espera cada guardado con wait_for y medio segundo de plazo; el plazo cancela el guardado antes de que confirme.
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
    for archivo in archivos:
        result = await process_data(archivo, demora)
        try:
            await asyncio.wait_for(guardar_resultado(almacen, archivo, result), timeout=0.5)
        except asyncio.TimeoutError:
            print(f"{archivo}: la base de datos no contestó a tiempo")
    return almacen


if __name__ == "__main__":
    print(asyncio.run(main()))
