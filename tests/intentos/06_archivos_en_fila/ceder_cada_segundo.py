# esperado: bucle_bloqueado
# A medias: gather y un `await asyncio.sleep(0)` después de cada segundo de time.sleep; cede, pero cada time.sleep(1) sigue congelando el bucle y el total es la suma de las demoras.
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
    for _ in range(int(demora)):
        time.sleep(1)  # leer y transformar un trozo del archivo
        await asyncio.sleep(0)  # y ceder el bucle a los demás
    time.sleep(demora - int(demora))
    print(f"{nombre} ya terminó de procesarse.")
    return f"{nombre.upper()}: {len(nombre) * demora} registros"


async def main(archivos=("ventas.csv", "clientes.csv", "stock.csv"), demoras=(10, 10, 10)):
    print("inicio de procesamiento")
    inicio = time.perf_counter()
    resultados = await asyncio.gather(
        *(procesar_archivo(nombre, demora) for nombre, demora in zip(archivos, demoras))
    )
    print(f"todo procesado en {time.perf_counter() - inicio:.1f} s")
    return resultados


if __name__ == "__main__":
    for linea in asyncio.run(main()):
        print(linea)
