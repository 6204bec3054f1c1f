# esperado: incompleto|carrera
# A medias: lanza los guardados con create_task y al final duerme 1,5 s «para que terminen»; si el bucle se retrasa más de 0,5 s entre crear la última tarea y ejecutarla, main vuelve antes de que se guarde el último resultado.
import asyncio


async def process_data(data, demora=10):
    print(f"procesando {data}...")
    await asyncio.sleep(demora)
    print(f"{data} ya terminó de procesarse.")
    return data * 2


async def guardar_resultado(almacen, data, resultado):
    await asyncio.sleep(1)  # la base de datos tarda un segundo en confirmar
    almacen[data] = resultado


_pendientes = set()


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
    await asyncio.sleep(1.5)  # la base de datos tarda 1 s: con 1,5 s sobra
    return almacen


if __name__ == "__main__":
    print(asyncio.run(main()))
