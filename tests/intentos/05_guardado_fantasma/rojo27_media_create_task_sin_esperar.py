# esperado: incompleto
# Media reparación: convierte el guardado en tarea (create_task) pero nunca la espera; los guardados de archivos anteriores terminan durante el siguiente process_data, pero el del último archivo sigue pendiente cuando main devuelve.
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
    tareas = []
    for archivo in archivos:
        result = await process_data(archivo, demora)
        tareas.append(asyncio.create_task(guardar_resultado(almacen, archivo, result)))
        print(f"resultado final: {result}")
    return almacen


if __name__ == "__main__":
    print(asyncio.run(main()))
