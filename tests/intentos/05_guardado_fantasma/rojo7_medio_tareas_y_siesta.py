# esperado: incompleto
# Medio arreglo: los guardados van en tareas, pero main no las espera: duerme
# 1.5 s y da por hecho que la base de datos ya confirmó. Si la confirmación
# tarda más (base de datos cargada), asyncio.run cancela las tareas pendientes y
# el almacén sale incompleto.
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
    pendientes = []
    for archivo in archivos:
        result = await process_data(archivo, demora)
        pendientes.append(asyncio.create_task(guardar_resultado(almacen, archivo, result)))
        print(f"resultado final: {result}")
    await asyncio.sleep(1.5)
    return almacen


if __name__ == "__main__":
    print(asyncio.run(main()))
