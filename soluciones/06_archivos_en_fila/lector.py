'''
    Procesamos varios archivos "a la vez" con asyncio, como en el tutorial:

    1. procesar_archivo simula la lectura y la transformación
       de un archivo, que tarda `demora` segundos.
    2. main procesa todos los archivos y devuelve sus
       resultados en el mismo orden en que llegaron.
    3. asyncio.run() inicia el event loop llamando a main.
'''
import asyncio
import time


async def procesar_archivo(nombre, demora=10):
    print(f"procesando {nombre}...")
    await asyncio.sleep(demora)  # leer y transformar el archivo, sin bloquear el bucle
    print(f"{nombre} ya terminó de procesarse.")
    return f"{nombre.upper()}: {len(nombre) * demora} registros"


async def main(archivos=("ventas.csv", "clientes.csv", "stock.csv"), demoras=(10, 10, 10)):
    print("inicio de procesamiento")
    inicio = time.perf_counter()
    resultados = await asyncio.gather(
        *(procesar_archivo(nombre, demora) for nombre, demora in zip(archivos, demoras))
    )
    print(f"todo procesado en {time.perf_counter() - inicio:.1f} s")
    return list(resultados)


if __name__ == "__main__":
    for linea in asyncio.run(main()):
        print(linea)
