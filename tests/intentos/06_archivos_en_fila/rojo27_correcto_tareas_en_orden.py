# esperado: aprobado
# Arreglo correcto: asyncio.sleep en lugar de time.sleep; main crea primero todas las tareas con create_task y luego las espera una a una en el orden original (ya corren todas a la vez).
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
    tareas = [asyncio.create_task(procesar_archivo(nombre, demora))
              for nombre, demora in zip(archivos, demoras)]
    resultados = []
    for tarea in tareas:
        resultados.append(await tarea)
    print(f"todo procesado en {time.perf_counter() - inicio:.1f} s")
    return resultados


if __name__ == "__main__":
    for linea in asyncio.run(main()):
        print(linea)
