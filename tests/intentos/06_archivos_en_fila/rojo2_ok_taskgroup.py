# esperado: aprobado
# Reparación: TaskGroup (3.11+) con una tarea por archivo; resultados en orden de archivos.
import asyncio
import time


async def procesar_archivo(nombre, demora=10):
    print(f"procesando {nombre}...")
    await asyncio.sleep(demora)
    print(f"{nombre} ya terminó de procesarse.")
    return f"{nombre.upper()}: {len(nombre) * demora} registros"


async def main(archivos=("ventas.csv", "clientes.csv", "stock.csv"), demoras=(10, 10, 10)):
    print("inicio de procesamiento")
    inicio = time.perf_counter()
    if hasattr(asyncio, "TaskGroup"):  # Python 3.11+
        async with asyncio.TaskGroup() as grupo:
            tareas = [grupo.create_task(procesar_archivo(n, d)) for n, d in zip(archivos, demoras)]
    else:  # Python 3.10: tareas sueltas esperadas con gather
        tareas = [asyncio.create_task(procesar_archivo(n, d)) for n, d in zip(archivos, demoras)]
        await asyncio.gather(*tareas)
    print(f"todo procesado en {time.perf_counter() - inicio:.1f} s")
    return [t.result() for t in tareas]


if __name__ == "__main__":
    for linea in asyncio.run(main()):
        print(linea)
