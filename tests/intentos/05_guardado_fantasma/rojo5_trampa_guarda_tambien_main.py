# esperado: incompleto|sin_concurrencia
# Esquiva: El guardado se sigue llamando sin await (la corrutina nunca corre) pero main escribe el almacén «por si acaso» y le pone un sleep(1) delante para parecer que espera a la base de datos.
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
    for archivo in archivos:
        result = await process_data(archivo, demora)
        corrutina = guardar_resultado(almacen, archivo, result)
        corrutina.close()
        await asyncio.sleep(1)
        almacen[archivo] = result
        print(f"resultado final: {result}")
    return almacen


if __name__ == "__main__":
    print(asyncio.run(main()))
