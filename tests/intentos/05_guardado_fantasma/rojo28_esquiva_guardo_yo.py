# esperado: trampa|incompleto
# Esquiva: main escribe el resultado en el almacén él mismo y cierra la corrutina de guardado sin ejecutarla, para que no salga el aviso de «never awaited».
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
    for archivo in archivos:
        result = await process_data(archivo, demora)
        guardado = guardar_resultado(almacen, archivo, result)
        almacen[archivo] = result  # lo guardo yo directamente, más rápido
        guardado.close()  # y así Python no protesta por la corrutina sin esperar
        print(f"resultado final: {result}")
    return almacen


if __name__ == "__main__":
    print(asyncio.run(main()))
