# esperado: sin_concurrencia
# Esquiva: una sola espera de la demora máxima en main y los resultados
# calculados allí; procesar_archivo ni se llama.
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
    for nombre in archivos:
        print(f"procesando {nombre}...")
    await asyncio.sleep(max(demoras, default=0))
    resultados = [f"{n.upper()}: {len(n) * d} registros" for n, d in zip(archivos, demoras)]
    print(f"todo procesado en {time.perf_counter() - inicio:.1f} s")
    return resultados


if __name__ == "__main__":
    for linea in asyncio.run(main()):
        print(linea)
