# esperado: carrera
# Media reparación: tareas a la vez con as_completed, pero los resultados se
# guardan en orden de llegada, no en el de archivos (falla con demoras distintas).
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
    resultados = []
    for siguiente in asyncio.as_completed([procesar_archivo(n, d) for n, d in zip(archivos, demoras)]):
        resultados.append(await siguiente)
    print(f"todo procesado en {time.perf_counter() - inicio:.1f} s")
    return resultados


if __name__ == "__main__":
    for linea in asyncio.run(main()):
        print(linea)
