# esperado: incompleto
# A medias: Asyncio.wait(..., timeout=demora + 1.5) y no se mira lo que quedó pendiente. Con demora + 1 s de trabajo por archivo basta un retraso de medio segundo del bucle para devolver el almacén incompleto.
import asyncio


async def process_data(data, demora=10):
    print(f"procesando {data}...")
    await asyncio.sleep(demora)
    print(f"{data} ya terminó de procesarse.")
    return data * 2


async def guardar_resultado(almacen, data, resultado):
    await asyncio.sleep(1)
    almacen[data] = resultado


async def tuberia(almacen, archivo, demora):
    result = await process_data(archivo, demora)
    await guardar_resultado(almacen, archivo, result)
    print(f"resultado final: {result}")


async def main(archivos=("archivo.txt",), demora=10, almacen=None):
    if almacen is None:
        almacen = {}
    print("inicio de procesamiento")
    tareas = [asyncio.create_task(tuberia(almacen, a, demora)) for a in archivos]
    await asyncio.wait(tareas, timeout=demora + 1.5)
    return almacen


if __name__ == "__main__":
    print(asyncio.run(main()))
