# esperado: aprobado
# Arreglo correcto: procesar_archivo espera con await asyncio.sleep (cede el bucle) y main crea una tarea por archivo dentro de un TaskGroup; al salir, recoge los resultados de las tareas en el orden de la lista.
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
        tareas = [
            grupo.create_task(procesar_archivo(nombre, demora))
            for nombre, demora in zip(archivos, demoras)
        ]
    resultados = [tarea.result() for tarea in tareas]
    print(f"todo procesado en {time.perf_counter() - inicio:.1f} s")
    return resultados


if __name__ == "__main__":
    for linea in asyncio.run(main()):
        print(linea)
