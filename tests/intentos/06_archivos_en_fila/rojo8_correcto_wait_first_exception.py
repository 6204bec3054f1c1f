# esperado: aprobado
# Arreglo correcto: una tarea por archivo y asyncio.wait(..., return_when=FIRST_EXCEPTION). Sin excepciones, FIRST_EXCEPTION equivale a ALL_COMPLETED (espera a todas); los resultados se leen de la lista de tareas, en el orden de los archivos.
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
    tareas = [asyncio.create_task(procesar_archivo(n, d)) for n, d in zip(archivos, demoras)]
    if tareas:
        await asyncio.wait(tareas, return_when=asyncio.FIRST_EXCEPTION)
    print(f"todo procesado en {time.perf_counter() - inicio:.1f} s")
    return [t.result() for t in tareas]


if __name__ == "__main__":
    for linea in asyncio.run(main()):
        print(linea)
