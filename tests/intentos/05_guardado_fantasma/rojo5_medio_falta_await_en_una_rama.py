# esperado: incompleto
# A medias: El await está en la rama normal, pero para los archivos .log «que no importan tanto» se lanza el guardado como tarea y no se espera. Cualquier ejecución con un .log (o el último archivo, que main devuelve sin esperar) lo muestra.
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
    for i, archivo in enumerate(archivos):
        result = await process_data(archivo, demora)
        if i % 2 == 0:
            await guardar_resultado(almacen, archivo, result)
        else:
            asyncio.ensure_future(guardar_resultado(almacen, archivo, result))
        print(f"resultado final: {result}")
    return almacen


if __name__ == "__main__":
    print(asyncio.run(main()))
