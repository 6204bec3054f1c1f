# esperado: aprobado
# Correcto: asyncio.sleep para la demora; además un threading.Event global ya puesto se consulta con wait(1) (vuelve en seguida)
import asyncio
import threading
import time

listo = threading.Event()
listo.set()


async def procesar_archivo(nombre, demora=10):
    print(f"procesando {nombre}...")
    listo.wait(1)
    await asyncio.sleep(demora)
    print(f"{nombre} ya terminó de procesarse.")
    return f"{nombre.upper()}: {len(nombre) * demora} registros"


async def main(archivos=("ventas.csv", "clientes.csv", "stock.csv"), demoras=(10, 10, 10)):
    print("inicio de procesamiento")
    inicio = time.perf_counter()
    tareas = [asyncio.create_task(procesar_archivo(n, d)) for n, d in zip(archivos, demoras)]
    resultados = [await t for t in tareas]
    print(f"todo procesado en {time.perf_counter() - inicio:.1f} s")
    return resultados


if __name__ == "__main__":
    for linea in asyncio.run(main()):
        print(linea)
