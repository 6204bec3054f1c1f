# esperado: aprobado
# Arreglo correcto: cada guardado se lanza como tarea dentro de un asyncio.TaskGroup; al salir del async with, main ya tiene garantizado que todos los guardados terminaron.
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
    async with asyncio.TaskGroup() as grupo:
        for archivo in archivos:
            result = await process_data(archivo, demora)
            # el guardado corre en segundo plano mientras procesamos el siguiente
            grupo.create_task(guardar_resultado(almacen, archivo, result))
            print(f"resultado final: {result}")
    # aquí el TaskGroup ya esperó a todas sus tareas (y propagó sus errores)
    return almacen


if __name__ == "__main__":
    print(asyncio.run(main()))
