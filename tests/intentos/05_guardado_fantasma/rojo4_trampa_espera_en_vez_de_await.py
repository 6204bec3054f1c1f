# esperado: incompleto
# Esquiva: Lanza cada guardado como tarea y al final duerme 1.5 s «para que les dé tiempo»: si una tarea se retrasa, main termina con el almacén a medias.
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
    print("inicio de procesamiento")
    tareas = []
    for archivo in archivos:
        result = await process_data(archivo, demora)
        tareas.append(asyncio.ensure_future(guardar_resultado(almacen, archivo, result)))
        print(f"resultado final: {result}")
    await asyncio.sleep(1.5)
    return almacen


if __name__ == "__main__":
    print(asyncio.run(main()))
