# esperado: sin_concurrencia
# Esquiva: Una sola espera de max(demoras) en main y procesar_archivo sin espera: tarda lo mismo que el más lento, pero ningún archivo tarda su demora ni va en su propia tarea.
import asyncio
import time


async def procesar_archivo(nombre, demora=10):
    print(f"procesando {nombre}...")
    print(f"{nombre} ya terminó de procesarse.")
    return f"{nombre.upper()}: {len(nombre) * demora} registros"


async def main(archivos=("ventas.csv", "clientes.csv", "stock.csv"), demoras=(10, 10, 10)):
    print("inicio de procesamiento")
    inicio = time.perf_counter()
    await asyncio.sleep(max(demoras, default=0))
    resultados = [await procesar_archivo(n, d) for n, d in zip(archivos, demoras)]
    print(f"todo procesado en {time.perf_counter() - inicio:.1f} s")
    return resultados


if __name__ == "__main__":
    for linea in asyncio.run(main()):
        print(linea)
