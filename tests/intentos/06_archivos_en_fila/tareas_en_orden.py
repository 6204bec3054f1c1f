# esperado: aprobado
# Arreglo correcto: crea todas las tareas y después las espera en el orden de la lista.
import asyncio
import time


async def procesar_archivo(nombre, demora=10):
    print(f"procesando {nombre}...")
    await asyncio.sleep(demora)
    print(f"{nombre} ya terminó de procesarse.")
    return f"{nombre.upper()}: {len(nombre) * demora} registros"


async def main(archivos=("ventas.csv", "clientes.csv", "stock.csv"), demoras=(10, 10, 10)):
    tareas = [asyncio.create_task(procesar_archivo(n, d)) for n, d in zip(archivos, demoras)]
    return [await tarea for tarea in tareas]


if __name__ == "__main__":
    for linea in asyncio.run(main()):
        print(linea)
