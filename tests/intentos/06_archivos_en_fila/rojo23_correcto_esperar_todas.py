# esperado: aprobado
# Correcto: cambia time.sleep por await asyncio.sleep, crea una tarea por archivo y las espera juntas con asyncio.wait, leyendo luego cada resultado desde la lista de tareas, que conserva el orden de archivos.
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
    tareas = [
        asyncio.create_task(procesar_archivo(nombre, demora))
        for nombre, demora in zip(archivos, demoras)
    ]
    if tareas:
        await asyncio.wait(tareas)
    resultados = [tarea.result() for tarea in tareas]
    print(f"todo procesado en {time.perf_counter() - inicio:.1f} s")
    return resultados


if __name__ == "__main__":
    for linea in asyncio.run(main()):
        print(linea)
