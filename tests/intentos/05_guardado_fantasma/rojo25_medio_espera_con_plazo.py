# esperado: excepcion|incompleto
# Media reparación: crea las tareas de guardado y las espera con wait_for(gather(...), timeout=1) porque "la base de datos tarda un segundo"; el plazo empieza a contar antes de que la última tarea arranque su sleep(1), así que vence primero, cancela el último guardado y lanza TimeoutError.
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
    guardados = []
    for archivo in archivos:
        result = await process_data(archivo, demora)
        guardados.append(asyncio.create_task(guardar_resultado(almacen, archivo, result)))
        print(f"resultado final: {result}")
    # La base de datos confirma en un segundo: no esperamos más que eso.
    await asyncio.wait_for(asyncio.gather(*guardados), timeout=1)
    return almacen


if __name__ == "__main__":
    print(asyncio.run(main()))
