# esperado: incompleto
# Media reparación: los guardados se lanzan con create_task y main "espera lo que tarda la BD" con sleep(1.05) en vez de esperarlos; si el bucle va cargado y la última tarea de guardado arranca más de 50 ms tarde, main devuelve el almacén sin la última entrada.
import asyncio

_pendientes = set()


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
        tarea = asyncio.create_task(guardar_resultado(almacen, archivo, result))
        _pendientes.add(tarea)
        tarea.add_done_callback(_pendientes.discard)
        print(f"resultado final: {result}")
    await asyncio.sleep(1.05)  # la BD tarda 1 s; con un margen sobra
    return almacen


if __name__ == "__main__":
    print(asyncio.run(main()))
