# esperado: aprobado
# Arreglo correcto: Cada guardado es una tarea; al final asyncio.wait(ALL_COMPLETED) espera a todas antes de devolver el almacén.
import asyncio


async def process_data(data, demora=10):
    print(f"procesando {data}...")
    await asyncio.sleep(demora)
    print(f"{data} ya terminó de procesarse.")
    return data * 2


async def guardar_resultado(almacen, data, resultado):
    await asyncio.sleep(1)
    almacen[data] = resultado


async def main(archivos=("archivo.txt",), demora=10, almacen=None):
    if almacen is None:
        almacen = {}
    print("inicio de procesamiento")
    guardados = []
    for archivo in archivos:
        result = await process_data(archivo, demora)
        guardados.append(asyncio.ensure_future(guardar_resultado(almacen, archivo, result)))
        print(f"resultado final: {result}")
    if guardados:
        hechos, pendientes = await asyncio.wait(guardados, return_when=asyncio.ALL_COMPLETED)
        for t in hechos:
            t.result()
    return almacen


if __name__ == "__main__":
    print(asyncio.run(main()))
