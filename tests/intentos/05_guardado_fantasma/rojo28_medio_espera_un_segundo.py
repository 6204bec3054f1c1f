# esperado: incompleto
# Media reparación: lanza cada guardado con create_task y al final espera «lo que tarda la base de datos» (sleep(1)); el temporizador de main se registra antes que el del último guardado, así que main despierta primero y devuelve el almacén sin la última entrada.
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
    await asyncio.sleep(1)  # la base de datos tarda un segundo: le damos ese segundo
    return almacen


if __name__ == "__main__":
    print(asyncio.run(main()))
