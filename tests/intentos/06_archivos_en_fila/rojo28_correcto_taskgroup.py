# esperado: aprobado
# Arreglo correcto: await asyncio.sleep en vez de time.sleep y una tarea por archivo dentro de un asyncio.TaskGroup; los resultados se leen en el orden de las tareas.
import asyncio
import time


async def procesar_archivo(nombre, demora=10):
    print(f"procesando {nombre}...")
    await asyncio.sleep(demora)  # leer y transformar el archivo sin congelar el bucle
    print(f"{nombre} ya terminó de procesarse.")
    return f"{nombre.upper()}: {len(nombre) * demora} registros"


async def main(archivos=("ventas.csv", "clientes.csv", "stock.csv"), demoras=(10, 10, 10)):
    print("inicio de procesamiento")
    inicio = time.perf_counter()
    async with asyncio.TaskGroup() as grupo:
        tareas = [grupo.create_task(procesar_archivo(nombre, demora))
                  for nombre, demora in zip(archivos, demoras)]
    # al salir del bloque todas las tareas han terminado
    resultados = [tarea.result() for tarea in tareas]
    print(f"todo procesado en {time.perf_counter() - inicio:.1f} s")
    return resultados


if __name__ == "__main__":
    for linea in asyncio.run(main()):
        print(linea)
