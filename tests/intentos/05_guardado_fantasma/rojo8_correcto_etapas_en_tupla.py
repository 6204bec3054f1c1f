# esperado: aprobado
# Arreglo correcto con otro modismo: las corrutinas del caso se llaman a través de una tupla de etapas creada al cargar el módulo (referencias guardadas, no el nombre del módulo); cada guardado se espera con await.
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


# Las dos etapas, en orden, por una tabla: cada archivo pasa por las dos.
ETAPAS = (process_data, guardar_resultado)


async def main(archivos=("archivo.txt",), demora=10, almacen=None):
    if almacen is None:
        almacen = {}
    procesar, guardar = ETAPAS
    print("inicio de procesamiento")
    for archivo in archivos:
        result = await procesar(archivo, demora)
        await guardar(almacen, archivo, result)
        print(f"resultado final: {result}")
    return almacen


if __name__ == "__main__":
    print(asyncio.run(main()))
