# esperado: aprobado
# Arreglo correcto: asyncio.TaskGroup; los guardados son tareas del grupo y el async with no sale hasta que todas terminan.
'''
    Procesamos archivos con corrutinas, como en el tutorial:

    1. process_data simula el procesamiento con await asyncio.sleep(),
       sin bloquear el event loop, y devuelve el dato multiplicado por dos.
    2. guardar_resultado escribe ese resultado en el almacén
       (una base de datos de mentira: un diccionario).
    3. main procesa cada archivo y guarda su resultado.
    4. asyncio.run() inicia el loop llamando a main.
'''
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
            grupo.create_task(guardar_resultado(almacen, archivo, result))
            print(f"resultado final: {result}")
    return almacen


if __name__ == "__main__":
    print(asyncio.run(main()))
