# esperado: aprobado
# Arreglo correcto: Cada archivo en su tarea (procesar y guardar) y gather espera a todas.
import asyncio


async def process_data(data, demora=10):
    print(f"procesando {data}...")
    await asyncio.sleep(demora)
    print(f"{data} ya terminó de procesarse.")
    return data * 2


async def guardar_resultado(almacen, data, resultado):
    await asyncio.sleep(1)  # la base de datos tarda un segundo en confirmar
    almacen[data] = resultado


async def procesar_y_guardar(almacen, archivo, demora):
    result = await process_data(archivo, demora)
    await guardar_resultado(almacen, archivo, result)
    print(f"resultado final: {result}")


async def main(archivos=("archivo.txt",), demora=10, almacen=None):
    if almacen is None:
        almacen = {}
    print("inicio de procesamiento")
    tareas = [asyncio.create_task(procesar_y_guardar(almacen, a, demora)) for a in archivos]
    await asyncio.gather(*tareas)
    return almacen


if __name__ == "__main__":
    print(asyncio.run(main()))

