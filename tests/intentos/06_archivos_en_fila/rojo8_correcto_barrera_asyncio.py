# esperado: aprobado
# Arreglo correcto con otro modismo: una asyncio.Barrier(n + 1) (3.11+). Cada archivo va en su tarea, deja su resultado en su casilla de la lista y cruza la barrera; main cruza la misma barrera y solo pasa cuando las n tareas ya llegaron. Los resultados van por índice, así que salen en el orden de la lista.
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
    resultados = [None] * len(archivos)
    meta = asyncio.Barrier(len(archivos) + 1)

    async def uno(i, nombre, demora):
        resultados[i] = await procesar_archivo(nombre, demora)
        await meta.wait()

    tareas = [asyncio.create_task(uno(i, n, d))
              for i, (n, d) in enumerate(zip(archivos, demoras))]
    await meta.wait()
    print(f"todo procesado en {time.perf_counter() - inicio:.1f} s")
    return resultados


if __name__ == "__main__":
    for linea in asyncio.run(main()):
        print(linea)
