# esperado: aprobado
# Arreglo correcto: asyncio.sleep + asyncio.TaskGroup; una tarea por archivo y, al salir del grupo, se recogen los resultados de las tareas en el orden de archivos.
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
    await asyncio.sleep(demora)  # leer y transformar el archivo (cede el bucle)
    print(f"{nombre} ya terminó de procesarse.")
    return f"{nombre.upper()}: {len(nombre) * demora} registros"


async def main(archivos=("ventas.csv", "clientes.csv", "stock.csv"), demoras=(10, 10, 10)):
    print("inicio de procesamiento")
    inicio = time.perf_counter()
    async with asyncio.TaskGroup() as grupo:
        tareas = [grupo.create_task(procesar_archivo(nombre, demora))
                  for nombre, demora in zip(archivos, demoras)]
    resultados = [tarea.result() for tarea in tareas]
    print(f"todo procesado en {time.perf_counter() - inicio:.1f} s")
    return resultados


if __name__ == "__main__":
    for linea in asyncio.run(main()):
        print(linea)
