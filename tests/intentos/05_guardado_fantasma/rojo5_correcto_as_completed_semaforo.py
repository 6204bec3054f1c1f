# esperado: aprobado
# Arreglo correcto: Todos los archivos a la vez con as_completed; cada resultado se guarda con await, y un asyncio.Semaphore(1) hace que la «base de datos» reciba un guardado cada vez.
import asyncio


async def process_data(data, demora=10):
    print(f"procesando {data}...")
    await asyncio.sleep(demora)
    print(f"{data} ya terminó de procesarse.")
    return data * 2


async def guardar_resultado(almacen, data, resultado):
    await asyncio.sleep(1)
    almacen[data] = resultado


async def _uno(archivo, demora):
    return archivo, await process_data(archivo, demora)


async def main(archivos=("archivo.txt",), demora=10, almacen=None):
    if almacen is None:
        almacen = {}
    print("inicio de procesamiento")
    conexion = asyncio.Semaphore(1)
    for siguiente in asyncio.as_completed([_uno(a, demora) for a in archivos]):
        archivo, result = await siguiente
        async with conexion:
            await guardar_resultado(almacen, archivo, result)
        print(f"resultado final: {result}")
    return almacen


if __name__ == "__main__":
    print(asyncio.run(main()))
