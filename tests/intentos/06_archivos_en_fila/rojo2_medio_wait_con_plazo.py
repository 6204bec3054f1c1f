# esperado: incompleto|excepcion
# Media reparación: tareas a la vez, pero se esperan con asyncio.wait y un plazo de la
# demora máxima + 0.5 s; si el bucle va cargado y una tarea se retrasa más, su result() falla.
import asyncio
import time


async def procesar_archivo(nombre, demora=10):
    print(f"procesando {nombre}...")
    await asyncio.sleep(demora)  # leer y transformar el archivo
    print(f"{nombre} ya terminó de procesarse.")
    return f"{nombre.upper()}: {len(nombre) * demora} registros"


async def main(archivos=("ventas.csv", "clientes.csv", "stock.csv"), demoras=(10, 10, 10)):
    print("inicio de procesamiento")
    inicio = time.perf_counter()
    tareas = [asyncio.create_task(procesar_archivo(n, d)) for n, d in zip(archivos, demoras)]
    if tareas:
        await asyncio.wait(tareas, timeout=max(demoras) + 0.5)  # «de sobra»
    print(f"todo procesado en {time.perf_counter() - inicio:.1f} s")
    return [t.result() for t in tareas]


if __name__ == "__main__":
    for linea in asyncio.run(main()):
        print(linea)
