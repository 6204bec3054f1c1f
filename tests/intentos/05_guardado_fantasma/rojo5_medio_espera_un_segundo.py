# esperado: incompleto
# A medias: Los guardados se lanzan como tareas y, en vez de esperarlas, main duerme 1 s «que es lo que tarda la base de datos». Si una tarea de guardado empieza tarde (bucle ocupado, máquina cargada), main devuelve el almacén sin ella.
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
    tareas = []
    for archivo in archivos:
        result = await process_data(archivo, demora)
        tareas.append(asyncio.create_task(guardar_resultado(almacen, archivo, result)))
        print(f"resultado final: {result}")
    await asyncio.sleep(1)
    return almacen


if __name__ == "__main__":
    print(asyncio.run(main()))
