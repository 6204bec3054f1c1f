# esperado: aprobado
# Arreglo correcto: una corrutina por archivo (procesar y después guardar) y gather de todas: concurrente y completo.
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

    async def uno(archivo):
        result = await process_data(archivo, demora)
        await guardar_resultado(almacen, archivo, result)

    await asyncio.gather(*(uno(a) for a in archivos))
    return almacen


if __name__ == "__main__":
    print(asyncio.run(main()))
