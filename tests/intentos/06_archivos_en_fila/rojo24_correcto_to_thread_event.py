# esperado: aprobado
# Correcto: la espera de cada archivo es threading.Event().wait(demora) pero en un hilo (asyncio.to_thread); cada archivo en su tarea con gather
import asyncio
import threading
import time


async def procesar_archivo(nombre, demora=10):
    print(f"procesando {nombre}...")
    await asyncio.to_thread(threading.Event().wait, demora)
    print(f"{nombre} ya terminó de procesarse.")
    return f"{nombre.upper()}: {len(nombre) * demora} registros"


async def main(archivos=("ventas.csv", "clientes.csv", "stock.csv"), demoras=(10, 10, 10)):
    print("inicio de procesamiento")
    inicio = time.perf_counter()
    resultados = await asyncio.gather(*(procesar_archivo(n, d) for n, d in zip(archivos, demoras)))
    print(f"todo procesado en {time.perf_counter() - inicio:.1f} s")
    return list(resultados)


if __name__ == "__main__":
    for linea in asyncio.run(main()):
        print(linea)
